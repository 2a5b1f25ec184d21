// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis views on their own (a document, a session and one panel, offscreen): the
// frontier's points can be added to the policy list, the decision panel's numbers are the
// core's, and the regions map stays readable at every size.
#include "analysis/coretexts.h"
#include "analysis/session.h"
#include "app/frontierpanel.h"
#include "app/scenariodocument.h"
#include "app/theme.h"
#include "charts/frontierchart.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <qcustomplot.h>

#include <functional>

using namespace leastbad;

namespace {

// Saves `widget` at a laptop and a desktop size, and at a small panel size, when
// LEASTBAD_SCREENSHOT_DIR is set (as tst_mainwindow's screenshots are).
void screenshots(QWidget &widget, const QString &name) {
    const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080), QSize(900, 520)}) {
        widget.resize(size);
        widget.show();
        QTest::qWait(200);
        widget.grab().save(QStringLiteral("%1/%2-%3x%4.png")
                               .arg(folder, name)
                               .arg(size.width())
                               .arg(size.height()));
    }
}

} // namespace

class TestAnalysisViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void frontierPointsCanBeAddedToThePolicyList() {
        gui::ScenarioDocument document;
        analysis::Session session;
        gui::FrontierPanel panel(&document, &session);
        panel.resize(1000, 600);
        panel.show();
        // Before a run: a centred hint with room, not a sliver of plot.
        auto *stack = panel.findChild<QStackedWidget *>();
        QVERIFY(stack->minimumHeight() >= 300);
        QVERIFY(qobject_cast<QLabel *>(stack->currentWidget()));
        QVERIFY(!panel.addLeastBadButton()->isEnabled());
        screenshots(panel, QStringLiteral("frontier-empty"));

        panel.samplesBox()->setValue(200);
        panel.findChildren<QSpinBox *>().at(1)->setValue(20); // draws per policy
        QSignalSpy done(&panel, &gui::FrontierPanel::finished);
        panel.run();
        QVERIFY(done.wait(60000));
        QVERIFY(done.front().front().toBool());
        const core::FrontierResult *r = panel.result();
        QVERIFY(r && r->bestUnderBudget.found);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(panel.chart()));

        std::vector<std::pair<core::Policy, QString>> added;
        connect(
            &panel, &gui::FrontierPanel::addPolicyRequested, this,
            [&added](const core::Policy &p, const QString &name) { added.emplace_back(p, name); });
        QVERIFY(panel.addLeastBadButton()->isEnabled());
        panel.addLeastBadButton()->click();
        QCOMPARE(int(added.size()), 1);
        QVERIFY(added[0].first == r->bestUnderBudget.candidate.policy);

        // The same point, double-clicked in a panel of the matrix, and its hover text.
        charts::FrontierChart *chart = panel.chart();
        const auto &points = chart->points();
        int least = -1;
        for (int i = 0; i < int(points.size()); ++i)
            if (points[std::size_t(i)].addable &&
                points[std::size_t(i)].policy == r->bestUnderBudget.candidate.policy)
                least = i;
        QVERIFY(least >= 0);
        panel.plot()->replot();
        const QPointF pixel = chart->pixelOf(0, least);
        QCOMPARE(chart->pointAt(pixel), least);
        QTest::mouseDClick(panel.plot(), Qt::LeftButton, {}, pixel.toPoint());
        QCOMPARE(int(added.size()), 2);
        QVERIFY(added[1].first == r->bestUnderBudget.candidate.policy);
        panel.addPoint(0); // a frontier policy: its own levers
        QCOMPARE(int(added.size()), 3);
        QVERIFY(added[2].first == points[0].policy);
        QVERIFY(points[0].policy == r->frontier[0].policy);

        // Hover text in words and units, with thousands separators, no raw doubles.
        const QString text = chart->pointText(least);
        QVERIFY(text.contains(QStringLiteral("Victimisations averted")));
        QVERIFY(text.contains(QStringLiteral("Levers")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d\\.\\d{5}"))));
        bool namesALever = false;
        for (const core::LeverSpec &lever : core::leverSpecs())
            namesALever = namesALever || text.contains(analysis::leverLabel(lever));
        QVERIFY2(namesALever || text.contains(QStringLiteral("as the status quo")),
                 qPrintable(text));
        QVERIFY(chart->pointText(-1).isEmpty());
        screenshots(panel, QStringLiteral("frontier"));
        gui::applyTheme(gui::Theme::Dark);
        panel.redraw();
        screenshots(panel, QStringLiteral("frontier-dark"));
        gui::applyTheme(gui::Theme::Light);
    }
};

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysisviews.moc"
