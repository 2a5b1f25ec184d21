// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/distribution.h"
#include "core/parameterdraws.h"

#include <QTest>

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace leastbad::core;

namespace {

// Sample mean and percentiles from many uniform draws of one stream.
struct Sample {
    double mean = 0;
    double p5 = 0;
    double p50 = 0;
    double p95 = 0;
};

Sample sample(const UncertainValue &v, int n = 200000) {
    RandomStream stream(42, 0);
    std::vector<double> x(n);
    double sum = 0;
    for (double &value : x) {
        value = v.quantile(stream.uniform());
        sum += value;
    }
    std::sort(x.begin(), x.end());
    return {sum / n, x[n / 20], x[n / 2], x[n - n / 20]};
}

} // namespace

class TestDistribution : public QObject {
    Q_OBJECT

private slots:
    void reproducesMeanAndQuantiles_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("central");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("mean");   // analytic
        QTest::addColumn<double>("median"); // analytic
        QTest::addColumn<bool>("percentilesAreLowHigh");
        // Normal: 5th/95th percentiles are low/high, mean = median = central.
        QTest::addRow("normal") << int(Distribution::Normal) << -0.34 << -0.6 << -0.08 << -0.34
                                << -0.34 << true;
        // Lognormal: median = central; mean = exp(mu + sigma²/2).
        const double sigma = std::log(15.0 / 1.0) / (2 * 1.6448536269514722);
        QTest::addRow("lognormal")
            << int(Distribution::LogNormal) << std::sqrt(15.0) << 1.0 << 15.0
            << std::exp(std::log(std::sqrt(15.0)) + sigma * sigma / 2) << std::sqrt(15.0) << true;
        QTest::addRow("uniform") << int(Distribution::Uniform) << 7.5 << 3.0 << 12.0 << 7.5 << 7.5
                                 << false;
        // Triangular(0.5, 2, 2.5): mean (0.5+2+2.5)/3; median from the CDF.
        QTest::addRow("triangular") << int(Distribution::Triangular) << 2.0 << 0.5 << 2.5 << 5.0 / 3
                                    << 0.5 + std::sqrt(0.5 * 2.0 * 1.5) << false;
        QTest::addRow("beta") << int(Distribution::Beta) << 0.2 << 0.1 << 0.35 << 0.2 << -1.0
                              << false;
        QTest::addRow("gamma") << int(Distribution::Gamma) << 3.0 << 1.0 << 5.5 << 3.0 << -1.0
                               << false;
    }
    void reproducesMeanAndQuantiles() {
        QFETCH(int, kind);
        QFETCH(double, central);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, mean);
        QFETCH(double, median);
        QFETCH(bool, percentilesAreLowHigh);
        const UncertainValue v(Distribution(kind), central, low, high);
        QVERIFY(std::abs(v.mean() - mean) < 1e-9 * std::max(1.0, std::abs(mean)));
        const Sample s = sample(v);
        const double scale = high - low;
        QVERIFY2(std::abs(s.mean - mean) < 0.01 * scale, qPrintable(QString::number(s.mean)));
        if (median > -1)
            QVERIFY2(std::abs(s.p50 - median) < 0.01 * scale, qPrintable(QString::number(s.p50)));
        if (percentilesAreLowHigh) {
            QVERIFY(std::abs(v.quantile(0.05) - low) < 1e-6 * scale);
            QVERIFY(std::abs(v.quantile(0.95) - high) < 1e-6 * scale);
        }
        QVERIFY(s.p5 < s.p50 && s.p50 < s.p95);
    }

    // Quantiles are computed in double (issue 20: the cold path), not in Boost's default
    // long double; they must stay within 1e-12 relative of the long-double values (the
    // parameterisations below are those of UncertainValue's constructor).
    void doubleQuantilesMatchLongDouble() {
        namespace bm = boost::math;
        constexpr double z95 = 1.6448536269514722;
        const double central = 0.3, low = 0.15, high = 0.5;
        const double sd = (high - low) / (2 * z95);
        const double v = std::min(sd * sd, central * (1 - central) * 0.999);
        const double k = central * (1 - central) / v - 1;
        const UncertainValue normal(Distribution::Normal, central, low, high);
        const UncertainValue logNormal(Distribution::LogNormal, central, low, high);
        const UncertainValue beta(Distribution::Beta, central, low, high);
        const UncertainValue gamma(Distribution::Gamma, central, low, high);
        const UncertainValue triangular(Distribution::Triangular, central, low, high);
        for (double u = 0.001; u < 1; u += 0.0137) {
            const double expected[] = {
                bm::quantile(bm::normal(central, sd), u),
                bm::quantile(bm::lognormal(std::log(central), std::log(high / low) / (2 * z95)), u),
                bm::quantile(bm::beta_distribution<>(central * k, (1 - central) * k), u),
                bm::quantile(
                    bm::gamma_distribution<>(central * central / (sd * sd), sd * sd / central), u),
                bm::quantile(bm::triangular(low, central, high), u)};
            const double got[] = {normal.quantile(u), logNormal.quantile(u), beta.quantile(u),
                                  gamma.quantile(u), triangular.quantile(u)};
            for (int d = 0; d < 5; ++d)
                QVERIFY2(std::abs(got[d] - expected[d]) <= 1e-12 * std::abs(expected[d]),
                         qPrintable(QStringLiteral("kind %1 at u = %2: %3 vs %4")
                                        .arg(d)
                                        .arg(u)
                                        .arg(got[d], 0, 'g', 17)
                                        .arg(expected[d], 0, 'g', 17)));
        }
    }

    void truncationKeepsDrawsInBounds() {
        const UncertainValue v(Distribution::Normal, -0.05, -0.15, 0, -10, 0);
        RandomStream stream(7, 3);
        for (int i = 0; i < 10000; ++i)
            QVERIFY(v.quantile(stream.uniform()) <= 0);
    }

    void intervalsFollowSquiggleConvention() {
        const UncertainValue positive = UncertainValue::fromInterval(2, 8);
        QCOMPARE(int(positive.kind()), int(Distribution::LogNormal));
        QVERIFY(std::abs(positive.quantile(0.05) - 2) < 1e-9 &&
                std::abs(positive.quantile(0.95) - 8) < 1e-9);
        const UncertainValue signedRange = UncertainValue::fromInterval(-1, 3);
        QCOMPARE(int(signedRange.kind()), int(Distribution::Normal));
        QVERIFY(std::abs(signedRange.quantile(0.5) - 1) < 1e-9);
    }

    void drawsAreReproducibleAndCorrelatedWhereAsked() {
        const ParameterDraws a = ParameterDraws::generate(4000, 99);
        const ParameterDraws b = ParameterDraws::generate(4000, 99);
        QVERIFY(std::memcmp(a.values.data(), b.values.data(),
                            a.values.size() * sizeof(Parameters)) == 0);
        const ParameterDraws c = ParameterDraws::generate(10, 100);
        QVERIFY(c.values[0].incapacitationAtReferenceRate !=
                a.values[0].incapacitationAtReferenceRate);
        // Police elasticities share a factor with loading 0.8: correlation about 0.64.
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        const double n = a.size();
        for (const Parameters &p : a.values) {
            const double x = p.policeElasticityViolent, y = p.policeElasticityProperty;
            sx += x, sy += y, sxx += x * x, syy += y * y, sxy += x * y;
        }
        const double r = (sxy / n - sx / n * sy / n) /
                         std::sqrt((sxx / n - sx / n * sx / n) * (syy / n - sy / n * sy / n));
        QVERIFY2(r > 0.5 && r < 0.75, qPrintable(QString::number(r)));
        // Fixed parameters are never drawn.
        for (const Parameters &p : a.values)
            QCOMPARE(p.smallFacilityBeds, 300.0);
    }
};

QTEST_APPLESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
