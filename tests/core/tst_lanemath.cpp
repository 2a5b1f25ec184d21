// SPDX-License-Identifier: GPL-3.0-or-later
// The year step's own logarithm, exponential and power (core/lanemath.h): close to libm's
// over the ranges the model uses, and the same bits in a lane as for one double.
#include "core/lanemath.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

using namespace leastbad::core::step;

namespace {

double relativeError(double got, double want) {
    return want == 0 ? std::abs(got) : std::abs(got - want) / std::abs(want);
}

constexpr double kUlp = std::numeric_limits<double>::epsilon();

} // namespace

class TestLaneMath : public QObject {
    Q_OBJECT

private slots:
    void logIsWithinAFewUnitsOfLibm() {
        std::mt19937_64 random(20);
        std::uniform_real_distribution<double> exponent(0, 30);
        double worst = 0;
        for (int i = 0; i < 200000; ++i) {
            const double x = std::exp2(exponent(random));
            worst = std::max(worst, relativeError(logAtLeastOne(x), std::log(x)) / kUlp);
        }
        // Exact at 1 and at powers of two, where the model's stock equals the reference.
        QCOMPARE(logAtLeastOne(1.0), 0.0);
        QCOMPARE(logAtLeastOne(8.0), std::log(8.0));
        qInfo("ln: worst %.2f units in the last place", worst);
        QVERIFY2(worst <= 4, qPrintable(QString::number(worst)));
    }

    void expIsWithinAFewUnitsOfLibm() {
        std::mt19937_64 random(21);
        std::uniform_real_distribution<double> y(-40, 40);
        double worst = 0;
        for (int i = 0; i < 200000; ++i) {
            const double v = y(random);
            worst = std::max(worst, relativeError(expWithin700(v), std::exp(v)) / kUlp);
        }
        qInfo("exp: worst %.2f units in the last place", worst);
        QCOMPARE(expWithin700(0.0), 1.0);
        QVERIFY2(worst <= 4, qPrintable(QString::number(worst)));
        // Held to ±700 rather than overflowing into a wrong exponent.
        QVERIFY(std::isfinite(expWithin700(1e6)));
        QVERIFY(expWithin700(-1e6) > 0);
    }

    // The incapacitation's x^(1 − beta): x from 1 to 100 (the stock up to a hundred times the
    // reference), 1 − beta from −2 to 1 (beta truncated to [0, 3], docs/MODEL.md).
    void powIsWithinAFewUnitsOfLibm() {
        std::mt19937_64 random(22);
        std::uniform_real_distribution<double> x(1, 100), a(-2, 1);
        double worst = 0;
        for (int i = 0; i < 200000; ++i) {
            const double xv = x(random), av = a(random);
            worst = std::max(worst, relativeError(powAtLeastOne(xv, av), std::pow(xv, av)) / kUlp);
        }
        qInfo("pow: worst %.2f units in the last place", worst);
        // e^(a ln x) carries ln x's error times |a ln x| ≤ 9.2: a few more units.
        QVERIFY2(worst <= 16, qPrintable(QString::number(worst)));
    }

    void aLaneGivesTheBitsOfOneDouble() {
        std::mt19937_64 random(23);
        std::uniform_real_distribution<double> x(1, 1000), a(-2, 1);
        for (int i = 0; i < 20000; ++i) {
            Lanes xs{}, as{};
            for (int l = 0; l < kLanes; ++l) {
                xs[l] = x(random);
                as[l] = a(random);
            }
            const Lanes logs = logAtLeastOne(xs), powers = powAtLeastOne(xs, as);
            const Lanes exps = expWithin700(as * 10.0);
            for (int l = 0; l < kLanes; ++l) {
                QCOMPARE(std::bit_cast<std::int64_t>(logs[l]),
                         std::bit_cast<std::int64_t>(logAtLeastOne(xs[l])));
                QCOMPARE(std::bit_cast<std::int64_t>(powers[l]),
                         std::bit_cast<std::int64_t>(powAtLeastOne(xs[l], as[l])));
                QCOMPARE(std::bit_cast<std::int64_t>(exps[l]),
                         std::bit_cast<std::int64_t>(expWithin700(as[l] * 10.0)));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestLaneMath)
#include "tst_lanemath.moc"
