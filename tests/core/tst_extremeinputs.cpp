// SPDX-License-Identifier: GPL-3.0-or-later
// The model's promise that every output is finite for inputs inside their ranges,
// checked at the edges of those ranges: each parameter override at the least and the
// most a dataset may set, and every lever at its minimum and its maximum.
#include "core/parameters.h"
#include "core/policy.h"
#include "core/simulation.h"
#include "testregion.h"

#include <QTest>

#include <cmath>

using namespace leastbad;
using namespace leastbad::core;

namespace {

bool allFinite(const SimulationResult &r) {
    for (const OutputValues &year : r.years) {
        for (double v : year) {
            if (!std::isfinite(v))
                return false;
        }
    }
    return true;
}

SimulationOptions thirtyYears() {
    SimulationOptions options;
    options.years = 30;
    return options;
}

} // namespace

class TestExtremeInputs : public QObject {
    Q_OBJECT

private slots:
    void overridesAtTheEdgesOfTheirRange_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        for (const ParameterSpec &spec : parameterSpecs()) {
            const ValueRange range = overrideRange(spec);
            QVERIFY(std::isfinite(range.min) && std::isfinite(range.max) && range.min <= range.max);
            QVERIFY2(range.contains(spec.central), spec.key.data());
            const QString key = QString::fromUtf8(spec.key.data(), qsizetype(spec.key.size()));
            QTest::addRow("%s min", spec.key.data()) << key << range.min;
            QTest::addRow("%s max", spec.key.data()) << key << range.max;
        }
    }

    void overridesAtTheEdgesOfTheirRange() {
        QFETCH(QString, key);
        QFETCH(double, value);
        RegionBaseline region = test::roundNumberRegion();
        region.parameterOverrides = {{key.toStdString(), value}};
        // The two facility size classes must stay apart; move the other one out of the way.
        if (key == QStringLiteral("small_facility_beds") && value >= 1000)
            region.parameterOverrides.emplace_back("large_facility_beds", value * 2);
        if (key == QStringLiteral("large_facility_beds") && value <= 300)
            region.parameterOverrides.emplace_back("small_facility_beds", value / 2);
        QVERIFY(validate(region).empty());
        const Calibration c = calibrate(region, Parameters{});
        const Policy statusQuo = statusQuoPolicy(region);
        QVERIFY(allFinite(simulate(c, statusQuo, thirtyYears())));
        Policy harsh = statusQuo;
        for (double &m : harsh.sentenceMultiplier)
            m = 3;
        QVERIFY(allFinite(simulate(c, harsh, thirtyYears())));
    }

    void overridesBeyondTheRangeAreRefused() {
        RegionBaseline crossed = test::roundNumberRegion();
        crossed.parameterOverrides = {{"small_facility_beds", 1000}, {"large_facility_beds", 1000}};
        QVERIFY(!validate(crossed).empty());
        for (const ParameterSpec &spec : parameterSpecs()) {
            const ValueRange range = overrideRange(spec);
            for (double bad : {range.min - 1e-6 * std::abs(range.min) - 1e-9,
                               range.max + 1e-6 * std::abs(range.max) + 1e-9, 1e308, -1e308,
                               std::nan(""), HUGE_VAL, -HUGE_VAL}) {
                RegionBaseline region = test::roundNumberRegion();
                region.parameterOverrides = {{std::string(spec.key), bad}};
                QVERIFY2(!validate(region).empty(), spec.key.data());
            }
        }
    }

    void leversAtTheirLimits() {
        const RegionBaseline region = test::roundNumberRegion();
        const Calibration c = calibrate(region, Parameters{});
        for (bool atMax : {false, true}) {
            Policy p = statusQuoPolicy(region);
            for (const LeverSpec &lever : leverSpecs())
                setLeverValue(p, lever, atMax ? lever.max : lever.min);
            QVERIFY2(allFinite(simulate(c, p, thirtyYears())), atMax ? "max" : "min");
            // One lever at a time at each end, the others at the status quo.
            for (const LeverSpec &lever : leverSpecs()) {
                Policy one = statusQuoPolicy(region);
                setLeverValue(one, lever, atMax ? lever.max : lever.min);
                QVERIFY2(allFinite(simulate(c, one, thirtyYears())), lever.key.data());
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestExtremeInputs)
#include "tst_extremeinputs.moc"
