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

#include <QComboBox>
#include <QLabel>
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
