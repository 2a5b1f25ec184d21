// SPDX-License-Identifier: GPL-3.0-or-later
// The property behind the plausibility checks: whatever baseline core::validate()
// accepts, with any lever values inside their ranges and any parameter draw, the model
// gives no NaN or infinity, no negative count and never more prisoners than residents.
// Baselines are drawn at random across the accepted ranges (rejection sampling through
// validate itself), so the test also keeps validate() honest: loosen a rule and the
// model's failures show up here. Bounded: a fixed number of cases, a few seconds.
#include "core/parameterdraws.h"
#include "core/policy.h"
#include "core/region.h"
#include "core/simulation.h"
#include "testregion.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace leastbad;
using namespace leastbad::core;

namespace {

// Outputs that count people or events: never negative.
constexpr Output kCounts[] = {
    Output::PrisonPopulation,     Output::Admissions,        Output::Releases,
    Output::NewAdmissions,        Output::Readmissions,      Output::CrimesViolent,
    Output::CrimesProperty,       Output::Homicides,         Output::Victimizations,
    Output::PrisonerYears,        Output::PretrialJailYears, Output::AssaultsInPrison,
    Output::SexualVictimizations, Output::SuicidesInPrison,
};

class Draw {
public:
    explicit Draw(std::uint64_t seed)
        : m_rng(seed) {}
    double uniform(double lo, double hi) { return std::uniform_real_distribution<>(lo, hi)(m_rng); }
    double logUniform(double lo, double hi) {
        return std::exp(uniform(std::log(lo), std::log(hi)));
    }
    // Most draws inside, some at an edge: edges are where models break.
    double lever(double lo, double hi) {
        const double u = uniform(0, 1);
        return u < 0.1 ? lo : u < 0.2 ? hi : uniform(lo, hi);
    }

private:
    std::mt19937_64 m_rng;
};

RegionBaseline randomBaseline(Draw &d) {
    RegionBaseline r = test::roundNumberRegion();
    r.population = d.logUniform(1, 1e10);
    const double prisoners = std::max(1.0, r.population * d.logUniform(1e-7, 0.06));
    const double violentShare = d.uniform(0, 1), repeatShare = d.uniform(0, 1);
    const double violent = prisoners * violentShare, nonViolent = prisoners - violent;
    r.prisonPopulation = {nonViolent * (1 - repeatShare), violent * (1 - repeatShare),
                          nonViolent * repeatShare, violent * repeatShare};
    const double stayNonViolent = d.logUniform(1.0 / 12, 60),
                 stayViolent = d.logUniform(1.0 / 12, 60);
    r.meanTimeServedYears = {stayNonViolent, stayViolent, stayNonViolent, stayViolent};
    r.reincarceratedWithin3Years = d.uniform(0.01, 0.95);
    r.reincarceratedWithin5Years = d.uniform(r.reincarceratedWithin3Years, 0.99);
    const double violentCrimes = prisoners * d.logUniform(0.05, 1000);
    r.homicides = violentCrimes * d.logUniform(1e-4, 1) * (d.uniform(0, 1) < 0.05 ? 0 : 1);
    r.otherViolentCrimes = violentCrimes - r.homicides;
    r.propertyCrimes = prisoners * d.logUniform(0.05, 1000);
    r.policePer100k = d.logUniform(1, 2000);
    r.clearanceRateViolent = d.uniform(0.01, 1);
    r.clearanceRateProperty = d.uniform(0.01, 1);
    r.costPerPrisonerYearUsd = d.logUniform(1, 1e6);
    r.costPerOfficerYearUsd = d.logUniform(1, 1e7);
    r.capitalCostPerBedUsd = d.logUniform(1, 1e7);
    r.meanFacilityBeds = d.logUniform(1, 20000);
    r.meanDistanceFromHomeMiles = d.uniform(0, 5000);
    r.visitedMonthlyShare = d.uniform(0, 1);
    r.remoteContactHoursPerWeek = d.uniform(0, 168);
    r.recreationAccess = d.uniform(0, 1);
    r.commissarySpendingPerPrisonerYearUsd = d.uniform(0, 1e5);
    r.commissaryPriceRatio = d.uniform(1, 20);
    r.assaultsPerPrisonerYear = d.uniform(0, 10);
    r.sexualVictimizationsPerPrisonerYear = d.uniform(0, 1);
    r.suicidesPer100kPrisoners = d.uniform(0, 1000);
    r.felonyDefendantsPerYear = (prisoners / stayNonViolent) * d.logUniform(0.01, 30);
    r.pretrialDetainedShare = d.uniform(0, 1);
    r.meanPretrialDetentionDays = d.uniform(0, 3650);
    r.medianAgeAtRelease = d.uniform(14, 90);
    return r;
}

Policy randomPolicy(Draw &d, const RegionBaseline &region) {
    Policy policy = statusQuoPolicy(region);
    for (const LeverSpec &lever : leverSpecs())
        setLeverValue(policy, lever, d.lever(lever.min, lever.max));
    return policy;
}

} // namespace

class TestPlausibility : public QObject {
    Q_OBJECT

private slots:
    void acceptedBaselinesGiveSaneOutputs() {
        const int wanted = qEnvironmentVariableIntValue("LEASTBAD_PROPERTY_CASES") > 0
                               ? qEnvironmentVariableIntValue("LEASTBAD_PROPERTY_CASES")
                               : 400;
        const ParameterDraws draws = ParameterDraws::generate(64, 7);
        SimulationOptions options;
        options.years = kMaxYears;
        Draw d(qEnvironmentVariableIsSet("LEASTBAD_PROPERTY_SEED")
                   ? qEnvironmentVariable("LEASTBAD_PROPERTY_SEED").toULongLong()
                   : 20261201);
        int accepted = 0, tried = 0, simulations = 0;
        // Failures by kind: the first one in words, and how many there were.
        struct Failures {
            int count = 0;
            QString first;
            void add(const QString &what) {
                if (count++ == 0)
                    first = what;
            }
        } notFinite, negative, statusQuoAbovePopulation, policyAbovePopulation;
        while (accepted < wanted && tried < 100 * wanted) {
            ++tried;
            const RegionBaseline region = randomBaseline(d);
            if (!validate(region).empty())
                continue;
            ++accepted;
            const Parameters &parameters =
                draws.values[std::size_t(accepted) % draws.values.size()];
            const Calibration calibration = calibrate(region, parameters);
            for (int p = 0; p < 4; ++p) {
                const Policy policy = p == 0 ? statusQuoPolicy(region) : randomPolicy(d, region);
                const SimulationResult result = simulate(calibration, policy, options);
                ++simulations;
                for (std::size_t t = 0; t < result.years.size(); ++t) {
                    const OutputValues &year = result.years[t];
                    const QString where =
                        QStringLiteral("case %1 (population %2), policy %3, year %4")
                            .arg(accepted)
                            .arg(region.population)
                            .arg(p)
                            .arg(t + 1);
                    for (int o = 0; o < kOutputCount; ++o)
                        if (!std::isfinite(year[std::size_t(o)]))
                            notFinite.add(where + QStringLiteral(": output %1").arg(o));
                    for (Output o : kCounts)
                        if (!(at(year, o) >= 0))
                            negative.add(
                                where +
                                QStringLiteral(": count %1 is %2").arg(int(o)).arg(at(year, o)));
                    if (!(at(year, Output::PrisonPopulation) <= region.population))
                        (p == 0 ? statusQuoAbovePopulation : policyAbovePopulation)
                            .add(where + QStringLiteral(": %1 prisoners")
                                             .arg(at(year, Output::PrisonPopulation)));
                }
            }
        }
        qInfo("%d baselines accepted of %d drawn; %d simulations of %d years", accepted, tried,
              simulations, options.years);
        qInfo("not finite %d, negative %d, status quo above population %d, policy above population "
              "%d",
              notFinite.count, negative.count, statusQuoAbovePopulation.count,
              policyAbovePopulation.count);
        QCOMPARE(accepted, wanted);
        QVERIFY2(notFinite.count == 0, qPrintable(notFinite.first));
        QVERIFY2(negative.count == 0, qPrintable(negative.first));
        QVERIFY2(statusQuoAbovePopulation.count == 0, qPrintable(statusQuoAbovePopulation.first));
        QVERIFY2(policyAbovePopulation.count == 0, qPrintable(policyAbovePopulation.first));
    }

    // The cases of issue 19 that used to reach the model: each is now refused by name.
    void garbageInRangeIsRefused_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("which");
        QTest::newRow("property crimes 1e-300") << "property_crimes" << 0;
        QTest::newRow("property crimes 1") << "property_crimes" << 1;
        QTest::newRow("no prisoners") << "prison_population" << 2;
        QTest::newRow("5-year share below the 3-year") << "reincarcerated_within_5y" << 3;
        QTest::newRow("population 1, 1.2 M prisoners") << "prison_population" << 4;
        QTest::newRow("prisoners 4.9e-324") << "prison_population" << 5;
        QTest::newRow("homicides above 1 per 100 residents") << "homicides" << 6;
    }
    void garbageInRangeIsRefused() {
        QFETCH(QString, field);
        QFETCH(int, which);
        RegionBaseline r = test::roundNumberRegion();
        QVERIFY(validate(r).empty());
        switch (which) {
        case 0:
            r.propertyCrimes = 1e-300;
            break;
        case 1:
            r.propertyCrimes = 1;
            break;
        case 2:
            r.prisonPopulation = {0, 0, 0, 0};
            break;
        case 3:
            r.reincarceratedWithin3Years = 0.95;
            r.reincarceratedWithin5Years = 0.01;
            break;
        case 4:
            r.population = 1;
            break;
        case 5:
            r.prisonPopulation = {4.9e-324, 0, 0, 0};
            break;
        case 6:
            r.homicides = 0.02 * r.population;
            break;
        }
        bool named = false;
        for (const BaselineProblem &p : validate(r))
            named = named || QString::fromStdString(p.field) == field;
        QVERIFY2(named, qPrintable(field));
    }
};

QTEST_GUILESS_MAIN(TestPlausibility)
#include "tst_plausibility.moc"
