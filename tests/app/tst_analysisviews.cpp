// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis views on their own (a document, a session and one panel, offscreen): the
// frontier's points can be added to the policy list, the decision panel's numbers are the
// core's, and the regions map stays readable at every size.
#include "analysis/chartcontext.h"
#include "analysis/coretexts.h"
#include "analysis/decisionviews.h"
#include "analysis/numbertext.h"
#include "analysis/session.h"
#include "app/decisionpanel.h"
#include "app/frontierpanel.h"
#include "app/regionspanel.h"
#include "app/scenariodocument.h"
#include "app/theme.h"
#include "charts/decisioncharts.h"
#include "charts/frontierchart.h"
#include "charts/regionmapchart.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
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

// Each tab of the decision panel, saved as above.
void decisionScreenshots(gui::DecisionPanel &panel, const QString &name) {
    for (int tab = 0; tab < panel.views()->count(); ++tab) {
        panel.views()->setCurrentIndex(tab);
        screenshots(panel, QStringLiteral("%1-tab%2").arg(name).arg(tab));
    }
}

const core::LeverSpec &lever(const char *key) {
    return *core::findLever(key);
}

// One mouse event as the window system delivers it, with its own timestamp (milliseconds),
// so that a double-click's events can come as close together as a person makes them.
void sendMouse(QWidget *widget, QEvent::Type type, QPoint at, quint64 timestamp,
               Qt::MouseButton button = Qt::LeftButton) {
    const Qt::MouseButtons held =
        type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick
            ? Qt::MouseButtons(button)
            : Qt::MouseButtons();
    QMouseEvent event(type, QPointF(at), widget->mapToGlobal(QPointF(at)), button, held,
                      Qt::NoModifier);
    event.setTimestamp(timestamp);
    QApplication::sendEvent(widget, &event);
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

        // The same point, clicked once in a panel of the matrix, and its hover text.
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
        QTest::mouseClick(panel.plot(), Qt::LeftButton, {}, pixel.toPoint());
        QCOMPARE(int(added.size()), 2);
        QVERIFY(added[1].first == r->bestUnderBudget.candidate.policy);
        QCOMPARE(added[1].second, points[std::size_t(least)].name);
        panel.addPoint(0); // a frontier policy: its own levers
        QCOMPARE(int(added.size()), 3);
        QVERIFY(added[2].first == points[0].policy);
        QVERIFY(points[0].policy == r->frontier[0].policy);

        // One click on a frontier point, in another panel of the matrix, adds that point.
        QVERIFY(int(r->frontier.size()) >= 2);
        const int last = int(r->frontier.size()) - 1; // frontier points come first
        int pair = -1;
        for (int p = 0; p < charts::FrontierChart::kPairs && pair < 0; ++p)
            if (chart->pointAt(chart->pixelOf(p, last).toPoint()) == last)
                pair = p; // a panel where no other point covers it
        QVERIFY(pair >= 0);
        const QPoint at = chart->pixelOf(pair, last).toPoint();
        added.clear();
        QTest::mouseClick(panel.plot(), Qt::LeftButton, {}, at);
        QCOMPARE(int(added.size()), 1);
        QVERIFY(added[0].first == r->frontier[std::size_t(last)].policy);
        QCOMPARE(added[0].second, points[std::size_t(last)].name);

        // A double-click as the system sends it (press, release, double-click, release)
        // adds it once; so does a double-click event on its own.
        added.clear();
        sendMouse(panel.plot(), QEvent::MouseButtonPress, at, 10000);
        sendMouse(panel.plot(), QEvent::MouseButtonRelease, at, 10060);
        sendMouse(panel.plot(), QEvent::MouseButtonDblClick, at, 10150);
        sendMouse(panel.plot(), QEvent::MouseButtonRelease, at, 10210);
        QCOMPARE(int(added.size()), 1);
        QVERIFY(added[0].first == r->frontier[std::size_t(last)].policy);
        added.clear();
        sendMouse(panel.plot(), QEvent::MouseButtonDblClick, at, 20000);
        sendMouse(panel.plot(), QEvent::MouseButtonRelease, at, 20060);
        QCOMPARE(int(added.size()), 1);
        // ... and the click after it adds again (the double-click left nothing behind).
        QTest::mouseClick(panel.plot(), Qt::LeftButton, {}, at);
        QCOMPARE(int(added.size()), 2);

        // A click on no point, a drag that ends on a point, a right click and a click on
        // the status quo (not a new policy) add nothing.
        added.clear();
        QPoint empty;
        const QRect rect = chart->pairRect(pair)->rect();
        for (int y = rect.top() + 2; y < rect.bottom() && empty.isNull(); y += 3)
            for (int x = rect.left() + 2; x < rect.right() && empty.isNull(); x += 3)
                if (chart->pointAt(QPointF(x, y)) < 0)
                    empty = QPoint(x, y);
        QVERIFY(!empty.isNull());
        QTest::mouseClick(panel.plot(), Qt::LeftButton, {}, empty);
        sendMouse(panel.plot(), QEvent::MouseButtonPress, empty, 30000);
        sendMouse(panel.plot(), QEvent::MouseButtonRelease, at, 30100);
        sendMouse(panel.plot(), QEvent::MouseButtonPress, at, 31000, Qt::RightButton);
        sendMouse(panel.plot(), QEvent::MouseButtonRelease, at, 31050, Qt::RightButton);
        const int statusQuo = int(points.size()) - (r->bestUnderBudget.found ? 2 : 1);
        QVERIFY(!points[std::size_t(statusQuo)].addable);
        int statusQuoPair = -1;
        for (int p = 0; p < charts::FrontierChart::kPairs && statusQuoPair < 0; ++p)
            if (chart->pointAt(chart->pixelOf(p, statusQuo).toPoint()) == statusQuo)
                statusQuoPair = p;
        QVERIFY(statusQuoPair >= 0);
        QTest::mouseClick(panel.plot(), Qt::LeftButton, {},
                          chart->pixelOf(statusQuoPair, statusQuo).toPoint());
        QCOMPARE(int(added.size()), 0);

        // A pointing hand over a point one click adds, the arrow elsewhere.
        sendMouse(panel.plot(), QEvent::MouseMove, at, 40000, Qt::NoButton);
        QCOMPARE(panel.plot()->cursor().shape(), Qt::PointingHandCursor);
        sendMouse(panel.plot(), QEvent::MouseMove, empty, 40100, Qt::NoButton);
        QCOMPARE(panel.plot()->cursor().shape(), Qt::ArrowCursor);
        QVERIFY(
            chart->pointText(last).contains(QStringLiteral("Click to add it to your policies")));
        QVERIFY(!chart->pointText(statusQuo).contains(QStringLiteral("Click to add")));

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
        QCoreApplication::processEvents(); // the palette-change events reach the charts
        panel.redraw();
        screenshots(panel, QStringLiteral("frontier-dark"));
        gui::applyTheme(gui::Theme::Light);
    }

    void decisionPanelShowsTheCoresNumbers() {
        gui::ScenarioDocument document;
        analysis::Session session;
        document.setLever(0, lever("release_cash_usd"), 2500); // A changes; B stays as today
        gui::DecisionPanel panel(&document, &session);
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(!panel.result());
        QCOMPARE(panel.policyBox()->count(), int(document.scenario().policies.size()));
        panel.drawsBox()->setValue(200);
        QSignalSpy done(&panel, &gui::DecisionPanel::finished);
        panel.run();
        QVERIFY(done.wait(120000));
        QVERIFY(done.front().front().toBool());
        const analysis::DecisionViews *v = panel.result();
        QVERIFY(v && v->complete);

        // The same numbers as the core's, on the same request.
        const std::shared_ptr<const analysis::ComparisonResult> kept =
            session.kept(panel.currentRequest());
        QVERIFY(kept && kept->analysis && kept->set);
        const core::DecisionSummary direct =
            core::summarizeDecision(core::netBenefits(*kept->analysis));
        QCOMPARE(v->decision.probabilityBest, direct.probabilityBest);
        QCOMPARE(v->decision.expectedNetValue, direct.expectedNetValue);
        const int options = int(document.scenario().policies.size()) + 1;
        QCOMPARE(int(v->decision.probabilityBest.size()), options);
        double sum = 0;
        for (double p : v->decision.probabilityBest)
            sum += p;
        QVERIFY(std::abs(sum - 1) < 1e-9);

        // The waterfall: its bars add up to its total, which is the core's decomposition.
        const core::Decomposition d =
            core::decompose(*kept->set, document.policy(0), kept->analysis->run.policies[0],
                            document.scenario().weights);
        const analysis::PolicyDecomposition &w = v->mechanisms[0];
        QCOMPARE(int(w.steps.size()), core::kMechanismCount);
        double bars = 0;
        for (const analysis::WaterfallStep &s : w.steps)
            bars += s.contribution;
        QVERIFY(std::abs(bars - w.total) <= 1e-6 * std::max(1.0, std::abs(w.total)));
        QVERIFY(std::abs(w.steps.back().runningTotal - w.total) <=
                1e-6 * std::max(1.0, std::abs(w.total)));
        QCOMPARE(analysis::waterfall(d).total, w.total);
        QVERIFY(w.total != 0);

        // Break-even: A's are the core's; B, the status quo unchanged, has none.
        const std::vector<core::BreakEven> a =
            core::breakEvens(kept->analysis->run.policies[1], kept->analysis->run.policies[0],
                             *kept->set, document.scenario().weights);
        QCOMPARE(int(v->breakEvens[0].size()), int(a.size()));
        for (std::size_t i = 0; i < a.size(); ++i)
            QCOMPARE(v->breakEvens[0][i].value, a[i].value);
        QVERIFY(!v->sameAsStatusQuo[0]);
        QVERIFY(v->sameAsStatusQuo[1]);
        QVERIFY(v->breakEvens[1].empty());
        QTableWidget *table = panel.breakEvenTable();
        QCOMPARE(table->rowCount(), 2);
        for (int c = 2; c < table->columnCount(); ++c) {
            QVERIFY(table->item(1, c)->text().startsWith(QStringLiteral("n/a")));
            QVERIFY(!table->item(0, c)->text().startsWith(QStringLiteral("n/a")));
        }
        QCOMPARE(table->item(0, 2)->text(), analysis::breakEvenText(a[0]));
        // The value of information, by group, largest first.
        QVERIFY(!v->information.groups.empty());
        for (std::size_t i = 1; i < v->information.groups.size(); ++i)
            QVERIFY(v->information.groups[i - 1].evppi.value >=
                    v->information.groups[i].evppi.value);
        // Every chart drew something, with hover text in words.
        QVERIFY(panel.waterfall()->plot()->plottableCount() > core::kMechanismCount);
        QCOMPARE(panel.probabilityBest()->plot()->plottableCount(), 2 * options);
        QVERIFY(panel.acceptability()->plot()->graphCount() >= options);
        QVERIFY(panel.information()->plot()->plottableCount() > 0);
        decisionScreenshots(panel, QStringLiteral("decision"));
        gui::applyTheme(gui::Theme::Dark);
        QCoreApplication::processEvents(); // the palette-change events reach the charts
        panel.redraw();
        decisionScreenshots(panel, QStringLiteral("decision-dark"));
        gui::applyTheme(gui::Theme::Light);

        // The "Why" view follows the selected policy; a change to the scenario makes it stale.
        panel.setSelectedPolicy(1);
        QCOMPARE(panel.selectedPolicy(), 1);
        document.setLever(0, lever("release_cash_usd"), 3000);
        QVERIFY(!panel.result());
        bool says = false;
        for (const QLabel *label : panel.findChildren<QLabel *>())
            says = says || label->text().contains(QStringLiteral("Out of date"));
        QVERIFY(says);
        QCOMPARE(table->rowCount(), 0);
        document.undoStack()->undo();
        QVERIFY(panel.result());
    }

    // A long weighing can be cancelled; nothing partial is shown.
    void decisionPanelCancels() {
        gui::ScenarioDocument document;
        analysis::Session session;
        document.setLever(0, lever("release_cash_usd"), 2500);
        gui::DecisionPanel panel(&document, &session);
        panel.drawsBox()->setValue(20000);
        QSignalSpy done(&panel, &gui::DecisionPanel::finished);
        panel.run();
        QTest::qWait(300);
        QVERIFY(panel.isRunning());
        panel.cancel();
        QVERIFY(done.wait(30000));
        QVERIFY(!done.front().front().toBool());
        QVERIFY(!panel.result());
        QCOMPARE(panel.views()->parentWidget()->property("currentIndex").toInt(), 0); // the hint
    }

    // Square tiles that keep their labels, at a short panel and a large one.
    void regionTilesStaySquareAndLegibleAtEverySize() {
        gui::ScenarioDocument document;
        analysis::Session session;
        gui::RegionsPanel panel(&document, &session);
        core::RegionsResult ranking;
        double value = 400;
        for (const charts::Tile &tile : charts::stateTiles()) {
            core::RegionRanking region;
            region.code = tile.code;
            region.name = tile.code;
            region.netValuePerResident = value;
            value -= 17; // gains and losses, a value a tile
            ranking.ranking.push_back(region);
        }
        ranking.complete = true;
        panel.chart()->showRegions(
            ranking, analysis::chartContext(document.scenario(), document.region(), false));
        for (const QSize size : {QSize(760, 420), QSize(1280, 720), QSize(1920, 1080)}) {
            panel.resize(size);
            panel.show();
            QCoreApplication::processEvents();
            panel.map()->replot();
            const auto &tiles = panel.chart()->tileItems();
            QCOMPARE(int(tiles.size()), 51);
            std::vector<QRectF> rects;
            for (const charts::RegionMapChart::TileItem &t : tiles) {
                const QRectF r =
                    QRectF(t.rect->topLeft->pixelPosition(), t.rect->bottomRight->pixelPosition())
                        .normalized();
                QVERIFY2(std::abs(r.width() - r.height()) <= 1.5,
                         qPrintable(QStringLiteral("%1 at %2x%3: %4 x %5")
                                        .arg(t.code)
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(r.width())
                                        .arg(r.height())));
                QVERIFY2(r.width() >= charts::RegionMapChart::kMinimumTilePixels,
                         qPrintable(QStringLiteral("%1 px in a %2x%3 plot, panel %4x%5")
                                        .arg(r.width())
                                        .arg(panel.map()->width())
                                        .arg(panel.map()->height())
                                        .arg(panel.width())
                                        .arg(panel.height())));
                // Inside the plot, and its label inside the tile.
                QVERIFY(
                    panel.map()->axisRect()->rect().contains(r.toRect().adjusted(1, 1, -1, -1)));
                const QRect text =
                    QFontMetrics(t.label->font())
                        .boundingRect(QRect(0, 0, 1000, 1000), Qt::AlignCenter, t.label->text());
                QVERIFY2(text.width() <= r.width() && text.height() <= r.height(),
                         qPrintable(t.label->text()));
                QVERIFY(panel.chart()->tooltipAt(r.center()).startsWith(t.code));
                rects.push_back(r);
            }
            for (std::size_t i = 0; i < rects.size(); ++i)
                for (std::size_t j = i + 1; j < rects.size(); ++j)
                    QVERIFY(!rects[i].adjusted(0.5, 0.5, -0.5, -0.5).intersects(rects[j]));
            // Large enough tiles show the value too.
            if (size.height() >= 1080)
                QVERIFY(tiles.front().label->text().contains(QLatin1Char('$')));
        }
        screenshots(panel, QStringLiteral("regions"));
        gui::applyTheme(gui::Theme::Dark);
        QCoreApplication::processEvents();
        panel.redraw();
        screenshots(panel, QStringLiteral("regions-dark"));
        gui::applyTheme(gui::Theme::Light);
    }
};

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysisviews.moc"
