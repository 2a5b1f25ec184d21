// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation.h"
#include "data/defaultregion.h"
#include "testregion.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace leastbad::core;
using leastbad::test::roundNumberRegion;

namespace {

double valueAt(const SimulationResult &r, int year, Output o) {
    return at(r.years[year - 1], o);
}

bool close(double a, double b, double relative = 1e-9) {
    return std::abs(a - b) <= relative * std::max({1.0, std::abs(a), std::abs(b)});
}

// Outputs that are differences from the status quo or net ledgers, and so may be negative.
const std::set<Output> kSignedOutputs = {
    Output::VictimizationsAverted, Output::LifeYearsSavedHomicide,
    Output::CostIncarceratedFamiliesUsd, Output::CostProgrammesUsd};

// Reported crimes in a year.
double reported(const SimulationResult &r, int year) {
    return valueAt(r, year, Output::CrimesViolent) + valueAt(r, year, Output::CrimesProperty);
}

} // namespace

class TestSimulation : public QObject {
    Q_OBJECT

private slots:
    void statusQuoIsStationary_data() {
        QTest::addColumn<bool>("usBaseline");
        QTest::addRow("round-number region") << false;
        QTest::addRow("built-in US") << true;
    }
    void statusQuoIsStationary() {
        QFETCH(bool, usBaseline);
        const RegionBaseline region =
            usBaseline ? leastbad::data::defaultUnitedStates().baseline : roundNumberRegion();
        const Calibration c = calibrate(region, Parameters{});
        SimulationOptions options;
        options.years = kMaxYears;
        const SimulationResult r = simulate(c, statusQuoPolicy(region), options);
        for (const OutputValues &year : r.years) {
            for (int i = 0; i < kOutputCount; ++i)
                QVERIFY2(close(year[i], r.years.front()[i]), outputSpecs()[i].key.data());
        }
        QVERIFY(
            close(at(r.years.back(), Output::PrisonPopulation), region.totalPrisonPopulation()));
        QVERIFY(
            close(at(r.years.back(), Output::Admissions), at(r.years.back(), Output::Releases)));
        QCOMPARE(at(r.totals, Output::VictimizationsAverted), 0.0);
    }

    void calibrationObeysLittlesLaw() {
        const RegionBaseline region = roundNumberRegion();
        const Calibration c = calibrate(region, Parameters{});
        for (int g = 0; g < kGroupCount; ++g)
            QVERIFY(close(c.admissions0[g] * region.meanTimeServedYears[g],
                          region.prisonPopulation[g]));
    }

    void newSteadyStateObeysLittlesLaw() {
        // Equal stays in every group, all lengthened by half: once settled, the stock is
        // admissions × the new stay. Deterrence off so that crime moves only slowly.
        RegionBaseline region = roundNumberRegion();
        region.meanTimeServedYears = {2, 2, 2, 2};
        Parameters p;
        p.severityElasticity = 0;
        Policy policy = statusQuoPolicy(region);
        policy.sentenceMultiplier = {1.5, 1.5, 1.5, 1.5};
        SimulationOptions options;
        options.years = kMaxYears;
        const SimulationResult r = simulate(calibrate(region, p), policy, options);
        const OutputValues &last = r.years.back();
        QVERIFY(
            close(at(last, Output::PrisonPopulation), at(last, Output::Admissions) * 3.0, 1e-3));
    }

    void oneYearComputedByHand_data() {
        QTest::addColumn<bool>("retroactive");
        QTest::addRow("prospective (new admissions only)") << false;
        QTest::addRow("retroactive (the whole stock)") << true;
    }
    void oneYearComputedByHand() {
        // docs/MODEL.md, "Worked example": repeat violent time served doubled, deterrence
        // off; in year 1 crime and readmissions still equal the status quo, so only that
        // group's stock moves. Retroactive: P(1) = A·L + (P0 − A·L)·e^(−1/L). Prospective:
        // those inside keep L0, P0·e^(−1/L0), and the year's admissions serve L.
        QFETCH(bool, retroactive);
        const RegionBaseline region = roundNumberRegion();
        Parameters p;
        p.severityElasticity = 0;
        p.targetedDeterrenceElasticity = 0;
        Policy policy = statusQuoPolicy(region);
        policy.sentenceMultiplier[3] = 2;
        policy.retroactiveSentencing = retroactive;
        const SimulationResult r = simulate(calibrate(region, p), policy, SimulationOptions{});

        const double p0 = 20'000, l0 = 4, l = 8, a = p0 / l0;
        const double group = retroactive ? a * l + (p0 - a * l) * std::exp(-1 / l)
                                         : p0 * std::exp(-1 / l0) + a * l * (1 - std::exp(-1 / l));
        QVERIFY(close(valueAt(r, 1, Output::PrisonPopulation), 40'000 + group));
        // Prisoner-years: the integral of the stock over the year, plus the other groups.
        const double groupYears = retroactive ? a * l + (p0 - a * l) * l * (1 - std::exp(-1 / l))
                                              : p0 * l0 * (1 - std::exp(-1 / l0)) + a * l -
                                                    a * l * l * (1 - std::exp(-1 / l));
        const double prisonerYears = 40'000 + groupYears;
        QVERIFY(close(valueAt(r, 1, Output::PrisonerYears), prisonerYears));
        // Corrections at average cost for the baseline, short-run marginal for the change.
        const double corrections = 40'000 * (60'000 + 0.20 * (prisonerYears - 60'000));
        QVERIFY(close(valueAt(r, 1, Output::CostCorrectionsUsd), corrections));
        QVERIFY(close(valueAt(r, 1, Output::CrimesViolent), 30'500));
    }

    // Each lever moves what the evidence says it moves and leaves named outputs alone.
    void leverEffects_data() {
        QTest::addColumn<QString>("lever");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("output");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("direction"); // -1 down, +1 up, 0 unchanged
        auto row = [](const char *name, const char *lever, double value, Output o, int year,
                      int dir) {
            QTest::addRow("%s", name)
                << QString::fromLatin1(lever) << value << int(o) << year << dir;
        };
        row("small facilities: fewer assaults", "facility_beds", 250, Output::AssaultsInPrison, 1,
            -1);
        row("small facilities: crime untouched", "facility_beds", 250, Output::CrimesViolent, 5, 0);
        row("small facilities: dearer to run", "facility_beds", 250, Output::CostCorrectionsUsd, 1,
            +1);
        row("close to home: fewer readmissions", "distance_from_home_miles", 40,
            Output::Readmissions, 3, -1);
        row("close to home: fewer assaults", "distance_from_home_miles", 40,
            Output::AssaultsInPrison, 1, -1);
        row("cash: fewer readmissions", "release_cash_usd", 2500, Output::Readmissions, 2, -1);
        row("cash: fewer victimisations", "release_cash_usd", 2500, Output::Victimizations, 5, -1);
        row("cash: paid by taxpayers", "release_cash_usd", 2500, Output::CostTransfersUsd, 1, +1);
        row("longer repeat terms: more prisoners", "sentence_multiplier_repeat_violent", 2,
            Output::PrisonPopulation, 5, +1);
        row("longer repeat terms: less violent crime", "sentence_multiplier_repeat_violent", 2,
            Output::CrimesViolent, 5, -1);
        row("longer repeat terms: more life-years lost", "sentence_multiplier_repeat_violent", 2,
            Output::LifeYearsLostIncarceration, 5, +1);
        row("shorter first terms: fewer prisoners", "sentence_multiplier_first_nonviolent", 0.5,
            Output::PrisonPopulation, 5, -1);
        row("commissary at cost: no overpayment", "commissary_price_ratio", 1,
            Output::CostCommissaryOverpaymentUsd, 1, -1);
        row("commissary at cost: prisons untouched", "commissary_price_ratio", 1,
            Output::PrisonPopulation, 10, 0);
        row("commissary at cost: crime untouched", "commissary_price_ratio", 1,
            Output::Victimizations, 10, 0);
        row("remote contact: fewer assaults", "remote_contact_hours_per_week", 14,
            Output::AssaultsInPrison, 1, -1);
        row("remote contact: fewer readmissions", "remote_contact_hours_per_week", 14,
            Output::Readmissions, 3, -1);
        row("visit support: fewer readmissions", "visit_support", 1.5, Output::Readmissions, 3, -1);
        row("recreation: fewer assaults (assumed)", "recreation_access", 1,
            Output::AssaultsInPrison, 1, -1);
        row("recreation: costed", "recreation_access", 1, Output::CostProgrammesUsd, 1, +1);
        row("remote contact: costed", "remote_contact_hours_per_week", 14,
            Output::CostProgrammesUsd, 1, +1);
        row("visit support: costed", "visit_support", 1.5, Output::CostProgrammesUsd, 1, +1);
        row("cash: administration costed", "release_cash_usd", 2500, Output::CostProgrammesUsd, 1,
            +1);
        row("small facilities: re-housing built", "facility_beds", 250, Output::CostCapitalUsd, 1,
            +1);
        row("commissary at cost: vendors lose the markup", "commissary_price_ratio", 1,
            Output::RevenueVendorsUsd, 1, -1);
        row("longer repeat terms: dearer", "sentence_multiplier_repeat_violent", 2,
            Output::CostCorrectionsUsd, 5, +1);
        row("police: fewer homicides", "police_per_100k", 260, Output::Homicides, 1, -1);
        row("police: fewer property crimes", "police_per_100k", 260, Output::CrimesProperty, 1, -1);
        row("police: costs more", "police_per_100k", 260, Output::CostPoliceUsd, 1, +1);
        row("clearance: fewer crimes", "clearance_rate_violent", 0.6, Output::CrimesViolent, 1, -1);
        row("clearance: more admissions", "clearance_rate_violent", 0.6, Output::NewAdmissions, 1,
            +1);
        row("pretrial: more jail-years", "pretrial_detained_share", 0.6, Output::PretrialJailYears,
            1, +1);
        row("pretrial: costs more", "pretrial_detained_share", 0.6, Output::CostPretrialJailUsd, 1,
            +1);
        row("pretrial: pretrial crime averted", "pretrial_detained_share", 0.6,
            Output::CrimesProperty, 1, -1);
        row("pretrial: more admissions", "pretrial_detained_share", 0.6, Output::NewAdmissions, 1,
            +1);
        row("capacity: capital cost", "new_capacity_beds", 5000, Output::CostCapitalUsd, 1, +1);
        row("capacity: prisons untouched", "new_capacity_beds", 5000, Output::PrisonPopulation, 10,
            0);
    }
    void leverEffects() {
        QFETCH(QString, lever);
        QFETCH(double, value);
        QFETCH(int, output);
        QFETCH(int, year);
        QFETCH(int, direction);
        const RegionBaseline region = roundNumberRegion();
        const Calibration c = calibrate(region, Parameters{});
        const LeverSpec *spec = findLever(lever.toStdString());
        QVERIFY(spec);
        Policy policy = statusQuoPolicy(region);
        setLeverValue(policy, *spec, value);
        const double base = valueAt(simulate(c, statusQuoPolicy(region), {}), year, Output(output));
        const double changed = valueAt(simulate(c, policy, {}), year, Output(output));
        if (direction == 0)
            QVERIFY2(close(changed, base),
                     qPrintable(QStringLiteral("%1 vs %2").arg(changed).arg(base)));
        else
            QVERIFY2(direction > 0 ? changed > base * (1 + 1e-6) : changed < base * (1 - 1e-6),
                     qPrintable(QStringLiteral("%1 vs %2").arg(changed).arg(base)));
    }

    void everyLeverExtremeGivesFiniteNonNegativeOutputs() {
        const RegionBaseline region = leastbad::data::defaultUnitedStates().baseline;
        const Calibration c = calibrate(region, Parameters{});
        std::vector<Policy> policies;
        Policy allMin = statusQuoPolicy(region), allMax = statusQuoPolicy(region);
        for (const LeverSpec &lever : leverSpecs()) {
            for (double v : {lever.min, lever.max}) {
                Policy p = statusQuoPolicy(region);
                setLeverValue(p, lever, v);
                policies.push_back(p);
            }
            setLeverValue(allMin, lever, lever.min);
            setLeverValue(allMax, lever, lever.max);
        }
        policies.push_back(allMin);
        policies.push_back(allMax);
        SimulationOptions options;
        options.years = kMaxYears;
        for (const Policy &p : policies) {
            const SimulationResult r = simulate(c, p, options);
            for (const OutputValues &year : r.years) {
                for (const OutputSpec &spec : outputSpecs()) {
                    const double v = at(year, spec.output);
                    QVERIFY2(std::isfinite(v), spec.key.data());
                    if (!kSignedOutputs.count(spec.output))
                        QVERIFY2(v >= 0, spec.key.data());
                }
            }
        }
    }

    void ledgersAddUp() {
        const RegionBaseline region = roundNumberRegion();
        const Calibration c = calibrate(region, Parameters{});
        Policy policy = statusQuoPolicy(region);
        policy.releaseCashUsd = 3000;
        policy.commissaryPriceRatio = 2;
        policy.newCapacityBeds = 1000;
        policy.pretrialDetainedShare = 0.5;
        const SimulationResult r = simulate(c, policy, {});
        for (const OutputValues &y : r.years) {
            const double taxpayers =
                at(y, Output::CostCorrectionsUsd) + at(y, Output::CostCapitalUsd) +
                at(y, Output::CostPoliceUsd) + at(y, Output::CostTransfersUsd) +
                at(y, Output::CostPretrialJailUsd) + at(y, Output::CostProgrammesUsd) -
                at(y, Output::RevenueCommissaryUsd);
            QVERIFY(close(at(y, Output::CostTaxpayersUsd), taxpayers));
            // Vendors' receipts are a transfer: they leave the social total.
            QVERIFY(close(at(y, Output::CostTotalUsd),
                          at(y, Output::CostTaxpayersUsd) + at(y, Output::CostVictimsUsd) +
                              at(y, Output::CostIncarceratedFamiliesUsd) -
                              at(y, Output::RevenueVendorsUsd)));
            QVERIFY(close(at(y, Output::CostCommissaryOverpaymentUsd),
                          at(y, Output::RevenueCommissaryUsd) + at(y, Output::RevenueVendorsUsd)));
            // A transfer nets to zero: what taxpayers pay, released people receive.
            QCOMPARE(at(y, Output::CostTransfersUsd), at(y, Output::TransfersReceivedUsd));
            QVERIFY(close(at(y, Output::WellbeingYearsLost),
                          at(y, Output::WellbeingYearsLostVictims) +
                              at(y, Output::WellbeingYearsLostIncarcerated) +
                              at(y, Output::WellbeingYearsLostFamilies)));
        }
    }

    void zeroDiscountRateGivesPlainTotals() {
        const RegionBaseline region = roundNumberRegion();
        Policy policy = statusQuoPolicy(region);
        policy.sentenceMultiplier = {0.8, 1.2, 1.5, 2};
        SimulationOptions options;
        options.discountRate = 0;
        const SimulationResult r = simulate(calibrate(region, Parameters{}), policy, options);
        for (int i = 0; i < kOutputCount; ++i)
            QVERIFY(close(r.totals[i], r.discountedTotals[i]));
        options.discountRate = 0.05;
        const SimulationResult d = simulate(calibrate(region, Parameters{}), policy, options);
        QVERIFY(at(d.discountedTotals, Output::PrisonerYears) <
                at(d.totals, Output::PrisonerYears));
    }

    // The year loop sums a few basis quantities and writes the totals from their sums
    // (yearstep.h): that holds only while every output is linear in the basis, which
    // these sums check for every output, every lever pulled far, including the years the
    // marginal cost adjusts and new capacity is built.
    void totalsAreTheSumsOfTheYears() {
        const RegionBaseline region = roundNumberRegion();
        const Calibration c = calibrate(region, Parameters{});
        Policy policy = statusQuoPolicy(region);
        for (const LeverSpec &lever : leverSpecs())
            setLeverValue(
                policy, lever,
                std::clamp(leverValue(policy, lever) * 1.5 + lever.step, lever.min, lever.max));
        for (const Policy &p : {statusQuoPolicy(region), policy}) {
            SimulationOptions options;
            options.years = 15;
            options.discountRate = 0.04;
            const SimulationResult r = simulate(c, p, options);
            for (int i = 0; i < kOutputCount; ++i) {
                if (outputSpecs()[i].output == Output::LifeYearsLostIncarceration)
                    continue; // discounted from decades later: lifeYearsRecover... below
                double sum = 0, discounted = 0, factor = 1;
                for (const OutputValues &year : r.years) {
                    sum += year[i];
                    discounted += year[i] * factor;
                    factor /= 1 + options.discountRate;
                }
                const char *key = outputSpecs()[i].key.data();
                QVERIFY2(close(r.totals[i], sum, 1e-12), key);
                QVERIFY2(close(r.discountedTotals[i], discounted, 1e-12), key);
            }
        }
    }

    void policiesTransferAsChangesFromTheStatusQuo() {
        const RegionBaseline from = roundNumberRegion();
        RegionBaseline to = roundNumberRegion();
        to.policePer100k = 300;
        to.pretrialDetainedShare = 0.2;
        to.meanFacilityBeds = 600;
        for (double &p : to.prisonPopulation)
            p *= 2;
        Policy p = statusQuoPolicy(from);
        p.policePer100k = 240;         // +20%
        p.pretrialDetainedShare = 0.5; // +0.1
        p.newCapacityBeds = 1000;
        p.releaseCashUsd = 2000;
        p.sentenceMultiplier[3] = 1.5;
        const Policy q = transferPolicy(p, from, to);
        QVERIFY(close(q.policePer100k, 360));
        QVERIFY(close(q.pretrialDetainedShare, 0.3));
        QVERIFY(close(q.newCapacityBeds, 2000));
        QCOMPARE(q.releaseCashUsd, 2000.0);
        QCOMPARE(q.sentenceMultiplier[3], 1.5);
        QCOMPARE(q.facilityBeds, 600.0); // unchanged lever: the other region's own
        const Policy same = transferPolicy(statusQuoPolicy(from), from, to);
        for (const LeverSpec &lever : leverSpecs())
            QCOMPARE(leverValue(same, lever), leverValue(statusQuoPolicy(to), lever));
    }

    void lowerRecidivismNeverRaisesCrime() {
        // A lower hazard keeps desisters out of prison; they must not be counted as
        // free active offenders (the shadow state in MODEL.md).
        const RegionBaseline region = leastbad::data::defaultUnitedStates().baseline;
        const Calibration c = calibrate(region, Parameters{});
        Policy policy = statusQuoPolicy(region);
        policy.releaseCashUsd = 5000;
        policy.remoteContactHoursPerWeek = 14;
        SimulationOptions options;
        options.years = 30;
        const SimulationResult r = simulate(c, policy, options);
        for (const OutputValues &y : r.years)
            QVERIFY(at(y, Output::VictimizationsAverted) >= -1e-6);
    }

    void deterredPeopleAreNotCountedAsIncapacitated() {
        // More police deter crime, so fewer people are admitted and the prison stock falls.
        // Those people were deterred, not freed: the benefit must not erode over time as
        // the smaller stock is mistaken for active offenders at large (model review 3).
        const RegionBaseline region = leastbad::data::defaultUnitedStates().baseline;
        const Calibration c = calibrate(region, Parameters{});
        Policy policy = statusQuoPolicy(region);
        policy.policePer100k *= 1.2;
        SimulationOptions options;
        options.years = 20;
        const SimulationResult sq = simulate(c, statusQuoPolicy(region), options);
        const SimulationResult r = simulate(c, policy, options);
        QVERIFY(valueAt(r, 20, Output::PrisonPopulation) <
                valueAt(sq, 20, Output::PrisonPopulation) * 0.99);
        const double first = valueAt(r, 1, Output::VictimizationsAverted);
        QVERIFY(first > 0);
        for (int year = 2; year <= 20; ++year)
            QVERIFY2(valueAt(r, year, Output::VictimizationsAverted) >= first * (1 - 1e-9),
                     qPrintable(QString::number(year)));
    }

    void sentenceChangesPhaseInProspectively() {
        const RegionBaseline region = leastbad::data::defaultUnitedStates().baseline;
        const Calibration c = calibrate(region, Parameters{});
        Policy prospective = statusQuoPolicy(region);
        prospective.sentenceMultiplier = {0.5, 0.5, 0.5, 0.5};
        Policy retroactive = prospective;
        retroactive.retroactiveSentencing = true;
        SimulationOptions options;
        options.years = 40;
        const SimulationResult sq = simulate(c, statusQuoPolicy(region), options);
        const SimulationResult a = simulate(c, prospective, options);
        const SimulationResult b = simulate(c, retroactive, options);
        const double p0 = valueAt(sq, 1, Output::PrisonPopulation);
        // A retroactive cut releases people at once; a prospective one waits for new
        // admissions to reach their (shorter) release dates.
        QVERIFY(p0 - valueAt(a, 1, Output::PrisonPopulation) <
                0.7 * (p0 - valueAt(b, 1, Output::PrisonPopulation)));
        // Until the legacy stock has mostly left (a few status-quo stays), the prospective
        // stock stays above the retroactive one.
        for (int year = 1; year <= 3; ++year)
            QVERIFY(valueAt(a, year, Output::PrisonPopulation) >
                    valueAt(b, year, Output::PrisonPopulation));
        // Both reach the same steady state once the legacy stock has left.
        QVERIFY(close(valueAt(a, 40, Output::PrisonPopulation),
                      valueAt(b, 40, Output::PrisonPopulation), 1e-3));
    }

    void incapacitationDiminishesWithTheIncarcerationRate() {
        // One parameter set: a large effect per prisoner at Italy's rate, about 2 at
        // California's 2011 rate (validation-cases.md, NE02 and NE04; calibration).
        const Parameters p;
        QVERIFY(close(marginalIncapacitation(p, 103), 14));
        const double california = marginalIncapacitation(p, 430);
        QVERIFY2(california > 1.5 && california < 2.7, qPrintable(QString::number(california)));
        QVERIFY(marginalIncapacitation(p, 200) > marginalIncapacitation(p, 400));
        // Below the lowest rate the evidence reaches (Italy's), lambda is not extrapolated.
        QVERIFY(close(marginalIncapacitation(p, 50), 14));
        // Within a run the marginal prisoner averts less as the stock grows: crimes
        // averted per added prisoner fall from a 20% rise to a 100% rise (retroactive, to
        // see the stock alone; deterrence and aftereffects off).
        RegionBaseline region = leastbad::data::defaultUnitedStates().baseline;
        Parameters q;
        q.severityElasticity = 0;
        q.targetedDeterrenceElasticity = 0;
        q.aftereffectPerYearServed = 0;
        const Calibration c = calibrate(region, q);
        const SimulationResult sq = simulate(c, statusQuoPolicy(region), {});
        auto perPrisoner = [&](double m) {
            Policy policy = statusQuoPolicy(region);
            policy.sentenceMultiplier = {m, m, m, m};
            policy.retroactiveSentencing = true;
            const SimulationResult r = simulate(c, policy, {});
            return (reported(sq, 3) - reported(r, 3)) / (valueAt(r, 2, Output::PrisonPopulation) -
                                                         valueAt(sq, 2, Output::PrisonPopulation));
        };
        QVERIFY(perPrisoner(1.2) > perPrisoner(2.0) * 1.1);
        QVERIFY(perPrisoner(2.0) > 0);
    }

    void olderPrisonersOffendLess() {
        const Calibration c = calibrate(roundNumberRegion(), Parameters{});
        for (int b = 1; b < kAgeBands; ++b)
            QVERIFY(c.offendingWeight[b] < c.offendingWeight[b - 1]);
        // The status-quo stock's mean weight is 1, and long stays hold older people.
        double weighted = 0, total = 0;
        for (int g = 0; g < kGroupCount; ++g) {
            for (int b = 0; b < kAgeBands; ++b) {
                weighted += c.offendingWeight[b] * c.stock0ByBand[g][b];
                total += c.stock0ByBand[g][b];
            }
        }
        QVERIFY(close(weighted, total));
        QVERIFY(close(total, c.prisonerYears0));
        auto oldShare = [&](int g) { return c.stock0ByBand[g][3] / c.region.prisonPopulation[g]; };
        QVERIFY(oldShare(1) > oldShare(0)); // first violent (4 years) vs non-violent (1 year)
    }

    void aftereffectsFollowThePrisonRegime() {
        // Longer terms with a criminogenic regime (much of the US) add crime after release;
        // with a rehabilitative one (Norway) they take crime away. Same draw otherwise.
        const RegionBaseline region = roundNumberRegion();
        Policy policy = statusQuoPolicy(region);
        policy.sentenceMultiplier = {2, 2, 2, 2};
        auto crimeInYear10 = [&](double aftereffect) {
            Parameters p;
            p.aftereffectPerYearServed = aftereffect;
            return reported(simulate(calibrate(region, p), policy, {}), 10);
        };
        const double none = crimeInYear10(0);
        QVERIFY(crimeInYear10(0.1) > none + 1);
        QVERIFY(crimeInYear10(-0.1) < none - 1);
        // The status quo is untouched by the regime: no one served a changed term.
        Parameters p;
        p.aftereffectPerYearServed = 0.3;
        const Calibration c = calibrate(region, p);
        QCOMPARE(
            reported(simulate(c, statusQuoPolicy(region), {}), 10),
            reported(simulate(calibrate(region, Parameters{}), statusQuoPolicy(region), {}), 10));
    }

    void pretrialDetentionIsConsistentWithItsSources() {
        // Leslie & Pope 2017, Dobbie et al. 2018: the fall in crime while cases are pending
        // is mostly offset after disposition. At central values, +10 points detained must
        // not add more crime after disposition than it averts pending trial.
        const RegionBaseline region = leastbad::data::defaultUnitedStates().baseline;
        const Calibration c = calibrate(region, Parameters{});
        const PretrialEffects e = pretrialEffects(c, region.pretrialDetainedShare + 0.1);
        QVERIFY(e.crimesAvertedPending > 0);
        QVERIFY(e.postDispositionCrimes > 0);
        QVERIFY(e.postDispositionCrimes <= e.crimesAvertedPending);
        QVERIFY(e.postDispositionCrimes >= 0.5 * e.crimesAvertedPending); // "mostly offset"
        QVERIFY(close(e.extraAdmissions, e.extraDetained * 0.13 * 0.4));
        // A better risk tool detains riskier people at the margin; a useless one is flat.
        Parameters sharp, blind;
        sharp.pretrialRiskToolAuc = 0.9;
        blind.pretrialRiskToolAuc = 0.5;
        const double d = region.pretrialDetainedShare + 0.1;
        QVERIFY(pretrialEffects(calibrate(region, sharp), d).crimesAvertedPending >
                pretrialEffects(calibrate(region, blind), d).crimesAvertedPending);
        const PretrialEffects flat = pretrialEffects(calibrate(region, blind), d);
        QVERIFY(close(flat.crimesAvertedPending / flat.extraDetained,
                      Parameters{}.pretrialCrimesPerReleasedDefendant));
    }

    void lifeYearsRecoverAndAreDiscountedFromWhenTheyHappen() {
        const RegionBaseline region = roundNumberRegion();
        const Calibration c = calibrate(region, Parameters{});
        const Parameters &p = c.parameters;
        QVERIFY(lifeYearsLostPerPrisonerYear(c) < p.lifeYearsLostPerPrisonYear);
        QVERIFY(close(lifeYearsLostPerPrisonerYear(c),
                      p.lifeYearsLostPerPrisonYear *
                          (1 - p.lifeYearsRecoveryShare * c.notReimprisonedShare0)));
        SimulationOptions options;
        options.discountRate = 0.03;
        const SimulationResult r = simulate(c, statusQuoPolicy(region), options);
        // Booked in the year served (totals), discounted from decades later.
        const double discounted = at(r.discountedTotals, Output::LifeYearsLostIncarceration);
        const double prisonerYearsDiscounted = at(r.discountedTotals, Output::PrisonerYears);
        QVERIFY(close(discounted, prisonerYearsDiscounted * lifeYearsLostPerPrisonerYear(c) *
                                      std::pow(1.03, -p.lifeYearsLossDelayYears)));
        QVERIFY(at(r.totals, Output::LifeYearsLostIncarceration) > 0);
    }

    void commissaryMarkupIsATransferApartFromItsDeadweight() {
        const RegionBaseline region = roundNumberRegion();
        const Calibration c = calibrate(region, Parameters{});
        Policy atCost = statusQuoPolicy(region);
        atCost.commissaryPriceRatio = 1;
        const SimulationResult sq = simulate(c, statusQuoPolicy(region), {});
        const SimulationResult r = simulate(c, atCost, {});
        const double overpaymentSaved = valueAt(sq, 1, Output::CostCommissaryOverpaymentUsd);
        const double socialSaving =
            valueAt(sq, 1, Output::CostTotalUsd) - valueAt(r, 1, Output::CostTotalUsd);
        QVERIFY(overpaymentSaved > 0);
        QVERIFY(socialSaving > 0);                      // the deadweight loss goes
        QVERIFY(socialSaving < 0.2 * overpaymentSaved); // but the markup was a transfer
    }
};

QTEST_APPLESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
