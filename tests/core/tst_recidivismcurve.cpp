// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recidivismcurve.h"

#include <QTest>

using leastbad::core::RecidivismCurve;

class TestRecidivismCurve : public QObject {
    Q_OBJECT

private slots:
    void passesThroughBothPoints_data() {
        QTest::addColumn<double>("within3");
        QTest::addColumn<double>("within5");
        QTest::addRow("BJS 2005 cohort") << 0.497 << 0.551;
        QTest::addRow("low recidivism") << 0.20 << 0.25;
        QTest::addRow("steep") << 0.30 << 0.40;
    }
    void passesThroughBothPoints() {
        QFETCH(double, within3);
        QFETCH(double, within5);
        const RecidivismCurve c = RecidivismCurve::fit(within3, within5);
        QVERIFY(qAbs(c.cumulative(3) - within3) < 1e-9);
        QVERIFY(qAbs(c.cumulative(5) - within5) < 1e-9);
        QVERIFY(c.susceptibleShare > 0 && c.susceptibleShare <= 1);
    }

    void infeasibleCurveKeepsEveryoneSusceptible() {
        // 30% then 45% cannot come from q <= 1: the fit caps q at 1 rather than exceed it.
        const RecidivismCurve c = RecidivismCurve::fit(0.30, 0.45);
        QCOMPARE(c.susceptibleShare, 1.0);
        QVERIFY(c.cumulative(5) <= 1);
    }

    void hazardFallsWithTimeSinceRelease() {
        const RecidivismCurve c = RecidivismCurve::fit(0.497, 0.551);
        const auto h = c.hazards();
        for (std::size_t k = 1; k < h.size(); ++k)
            QVERIFY(h[k] < h[k - 1]);
    }

    void hazardsReproduceCumulative() {
        // 1 − Π(1 − h_k) over the first n years is the cumulative share returned.
        const RecidivismCurve c = RecidivismCurve::fit(0.497, 0.551);
        double notReturned = 1;
        for (int k = 0; k < 5; ++k)
            notReturned *= 1 - c.hazard(k);
        QVERIFY(qAbs((1 - notReturned) - 0.551) < 1e-9);
    }
};

QTEST_APPLESS_MAIN(TestRecidivismCurve)
#include "tst_recidivismcurve.moc"
