// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/tsfile.h"
#include "analysis/chartcontext.h"
#include "analysis/numbertext.h"
#include "analysis/scenariorequests.h"
#include "app/aboutdialog.h"
#include "app/analysisrunner.h"
#include "app/decisionpanel.h"
#include "app/diagnosticspanel.h"
#include "app/exportcontroller.h"
#include "app/exportdialog.h"
#include "app/filedialogs.h"
#include "app/frontierpanel.h"
#include "app/headlinestrip.h"
#include "app/headlinetable.h"
#include "app/leverpanel.h"
#include "app/mainwindow.h"
#include "app/policylist.h"
#include "app/regionspanel.h"
#include "app/weightspanel.h"
#include "app/welcomedialog.h"
#include "charts/analysischarts.h"
#include "charts/chartwidget.h"
#include "charts/frontierchart.h"
#include "core/diagnostics.h"
#include "core/sensitivity.h"
#include "data/policyfile.h"
#include "i18n/language.h"

#include <leastbad/version.h>

#include <cmath>
#include <thread>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <functional>
#include <qcustomplot.h>

using namespace leastbad;
using leastbad::gui::MainWindow;

namespace {

// Waits until the window shows the results of its newest request.
bool waitForCurrent(MainWindow &w, int timeoutMs = 20000) {
    return QTest::qWaitFor(
        [&] { return w.lastSnapshot() && w.lastSnapshot()->serial == w.lastRequest(); }, timeoutMs);
}

// The mean line of policy A in the time-series chart: the graph named "...: mean" for A.
QVector<double> policyAMean(MainWindow &w) {
    QCustomPlot *plot = w.timeSeriesChart()->plot();
    const QString name = w.document()->scenario().policies[0].name + QStringLiteral(": mean");
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name() == name) {
            QVector<double> y;
            for (auto it = plot->graph(i)->data()->begin(); it != plot->graph(i)->data()->end();
                 ++it)
                y << it->value;
            return y;
        }
    }
    return {};
}

const core::LeverSpec &lever(const char *key) {
    return *core::findLever(key);
}

int leverIndex(const char *key) {
    const auto levers = core::leverSpecs();
    for (std::size_t i = 0; i < levers.size(); ++i)
        if (levers[i].key == key)
            return int(i);
    return -1;
}

// Data rows for a test run in each language the app ships.
void addLanguageRows() {
    QTest::addColumn<QString>("language");
    for (const char *code : {"en", "nl", "es"})
        QTest::addRow("%s", code) << QString::fromLatin1(code);
}

void showAtLaptopSize(QWidget &window) {
    window.resize(1280, 720);
    window.show();
}

// Shows the chart tab that holds `panel` (some tabs wrap their panel in a scroll area).
void showTab(QWidget &window, QWidget *panel) {
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i) == panel || tabs->widget(i)->isAncestorOf(panel))
            tabs->setCurrentIndex(i);
}

QString examplePath(const char *name) {
    return qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QStringLiteral("/data/scenarios/") +
           QLatin1String(name);
}

// The text of the modal dialog that `open` shows (saved as a screenshot named `shot` when
// LEASTBAD_SCREENSHOT_DIR is set); the dialog is closed.
QString textOfDialogOpenedBy(QWidget &owner, const char *shot, const std::function<void()> &open) {
    QString shown;
    QTimer::singleShot(0, &owner, [&shown, shot] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = dialog->findChild<QTextBrowser *>()->toPlainText();
        if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
            !folder.isEmpty())
            dialog->grab().save(folder + QLatin1Char('/') + QLatin1String(shot));
        dialog->reject();
    });
    open();
    return shown;
}

// The letter after a single '&' in a text ("Sh&ow" -> 'o'), or 0.
QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Every mnemonic the user can press in `window` as it stands: its menu bar's titles and
// the texts of its visible buttons, group boxes, labels with a buddy and tabs. Each with
// where it came from, for the message when two collide.
QMultiMap<QChar, QString> reachableMnemonics(QWidget &window) {
    QMultiMap<QChar, QString> found;
    const auto add = [&](const QString &text, const QString &where) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            found.insert(c, where + QStringLiteral(" \"") + text + QLatin1Char('"'));
    };
    if (auto *main = qobject_cast<QMainWindow *>(&window))
        for (QAction *a : main->menuBar()->actions())
            add(a->text(), QStringLiteral("menu"));
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text(), QStringLiteral("button"));
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title(), QStringLiteral("group"));
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text(), QStringLiteral("label"));
        else if (auto *bar = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), QStringLiteral("tab"));
    }
    return found;
}

QString collisions(const QMultiMap<QChar, QString> &found) {
    QStringList clashes;
    for (const QChar c : found.uniqueKeys())
        if (found.count(c) > 1)
            clashes << QStringList(found.values(c)).join(QStringLiteral(" vs "));
    return clashes.join(QStringLiteral("; "));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // settings go to a scratch place
        QSettings().clear();
    }

    // Issue 20: the slider path's comparisons leave the GUI thread a core of its own;
    // the command line's one-shot sessions take every core.
    void theEngineLeavesTheGuiThreadACore() {
        MainWindow w;
        const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
        QCOMPARE(w.session().comparisonThreads(), std::max(1, cores - 1));
        QCOMPARE(analysis::Session(analysis::Session::Mode::OneShot).comparisonThreads(), cores);
        QCOMPARE(analysis::Session(analysis::Session::Mode::Interactive, 2).comparisonThreads(), 2);
    }

    void startsWithMenusRegionsAndCharts() {
        MainWindow w;
        w.show();
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                     QStringLiteral("View"), QStringLiteral("Help")}));
        auto *regions = w.findChild<QComboBox *>(QStringLiteral("regionCombo"));
        QVERIFY(regions->count() >= 58);
        QVERIFY(waitForCurrent(w));
        QCustomPlot *plot = w.timeSeriesChart()->plot();
        QVERIFY(plot->graphCount() >= 5); // two bands (two graphs each) and three lines
        QVERIFY(!plot->xAxis->label().isEmpty() && !plot->yAxis->label().isEmpty());
        QCOMPARE(policyAMean(w).size(), 21);
        QVERIFY(w.headline()->plainText().contains(QStringLiteral("P(net benefit > 0)")));
    }

    // A policy that changes nothing has no effect to estimate: "n/a", not "P(net benefit >
    // 0) 0%" or "-0 (-0 to 0)". A policy that does gets each mean with its standard error.
    void headlineOfAnUnchangedPolicyReadsNotApplicable() {
        MainWindow w;
        QVERIFY(w.document()->setRegion(QStringLiteral("TX")).isEmpty());
        QVERIFY(waitForCurrent(w));
        QVERIFY(w.document()->policy(0) == w.document()->statusQuo());
        const QStringList rows = w.headline()->plainText().split(QLatin1Char('\n'));
        QVERIFY(rows.size() > 6);
        for (int r = 0; r < 6; ++r)
            QCOMPARE(rows[r].section(QLatin1Char('\t'), 1), QStringLiteral("n/a\tn/a"));
        QVERIFY(!w.headline()->plainText().contains(QStringLiteral("\t0%")));

        QVERIFY(
            w.openFile(examplePath("essay-package-vs-status-quo-US.leastbad"), false).isEmpty());
        QVERIFY(waitForCurrent(w));
        const QString text = w.headline()->plainText();
        QVERIFY2(text.section(QLatin1Char('\n'), 4, 4).contains(QStringLiteral("±")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Wellbeing-years saved")));
        static const QRegularExpression minusZero(QStringLiteral("[-−]\\$?0(?![.,0-9])"));
        QVERIFY2(!text.contains(minusZero), qPrintable(text));
    }

    // The painted table copies what it shows (Ctrl+C once clicked), and a slider step that
    // changes only its figures asks the window for no new layout: the rich-text grid it
    // replaced made the whole window lay out again at every step (bench_gui).
    void headlineTableCopiesAndASliderStepLaysOutNothing() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(
            w.openFile(examplePath("essay-package-vs-status-quo-US.leastbad"), false).isEmpty());
        QVERIFY(waitForCurrent(w));
        leastbad::gui::HeadlineTable *table = w.headline()->table();
        table->setFocus();
        QTest::keySequence(table, QKeySequence::Copy);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1Char('\t') + w.document()->policyName(0)),
                 qPrintable(copied));
        QVERIFY(copied.endsWith(table->plainText()));
        QVERIFY(table->plainText().contains(QStringLiteral("median")));

        struct LayoutRequests : QObject {
            int count = 0;
            bool eventFilter(QObject *, QEvent *event) override {
                count += event->type() == QEvent::LayoutRequest;
                return false;
            }
        } requests;
        for (QWidget *widget : w.findChildren<QWidget *>())
            widget->installEventFilter(&requests);
        leastbad::gui::StatusQuoSlider *slider = w.editPolicy(0)->slider(7);
        int quietSteps = 0;
        QTest::qWait(100); // what the first result's display asked for
        for (int step = 0; step < 6; ++step) {
            const QString before = table->plainText();
            const QSize size = table->sizeHint();
            const int count = requests.count;
            slider->setPosition(slider->position() - 40);
            // The figures change once the step's analysis is shown.
            QTRY_VERIFY_WITH_TIMEOUT(table->plainText() != before, 20000);
            QVERIFY(waitForCurrent(w));
            QCoreApplication::processEvents();
            if (table->sizeHint() == size) {
                QVERIFY2(requests.count == count, qPrintable(QString::number(step)));
                ++quietSteps;
            }
        }
        QVERIFY(quietSteps >= 3); // columns grow in steps, so most steps keep the size
    }

    // Beside the totals: the median in each cell, and on request the average a year, each
    // figure and its error divided by the horizon and rounded to that error.
    void headlineShowsMediansAndTheAverageAYear() {
        MainWindow w;
        QVERIFY(
            w.openFile(examplePath("essay-package-vs-status-quo-US.leastbad"), false).isEmpty());
        QVERIFY(waitForCurrent(w));
        const QString totals = w.headline()->plainText();
        QVERIFY2(totals.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("median")),
                 qPrintable(totals));
        const analysis::AnalysisSnapshot &s = *w.lastSnapshot();
        const double years = w.document()->scenario().weights.horizonYears;
        const QString expected = analysis::numberTo(
            s.victimizationsAverted[1].mean / years,
            analysis::roundingStep(s.errors[1].victimizationsAverted.mean / years));
        w.headline()->perYearBox()->setChecked(true);
        const QString first = w.headline()->plainText().section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.contains(QStringLiteral("a year")), qPrintable(first));
        QVERIFY2(first.section(QLatin1Char('\t'), 1, 1).startsWith(expected),
                 qPrintable(first + QStringLiteral(" / ") + expected));
        w.headline()->perYearBox()->setChecked(false);
        QCOMPARE(w.headline()->plainText(), totals);
    }

    void movingASliderChangesTheModelAndTheChartAndUndoRestoresBoth() {
        MainWindow w;
        QVERIFY(waitForCurrent(w));
        const QVector<double> before = policyAMean(w);
        const int index = leverIndex("sentence_multiplier_repeat_violent");
        gui::StatusQuoSlider *slider = w.editPolicy(0)->slider(index);
        QUndoStack *undo = w.document()->undoStack();
        const int steps = undo->count();

        // One drag: press, several moves, release.
        slider->slider()->setSliderDown(true);
        for (int position = slider->position() + 50; position <= slider->position() + 250;
             position += 50)
            slider->setPosition(position);
        slider->slider()->setSliderDown(false);
        QVERIFY(w.document()->policy(0).sentenceMultiplier[3] > 1.5);
        QCOMPARE(undo->count(), steps + 1); // one drag is one undo step
        QVERIFY(waitForCurrent(w));
        const QVector<double> after = policyAMean(w);
        QVERIFY(after.last() > before.last() * 1.05); // longer terms, more people in prison

        undo->undo();
        QCOMPARE(w.document()->policy(0).sentenceMultiplier[3], 1.0);
        QCOMPARE(slider->value(), 1.0);
        QVERIFY(waitForCurrent(w));
        QCOMPARE(policyAMean(w), before);

        undo->redo();
        QVERIFY(waitForCurrent(w));
        QCOMPARE(policyAMean(w), after);
    }

    void spinBoxEditsAreUndoable() {
        MainWindow w;
        QDoubleSpinBox *spin = w.editPolicy(1)->spinBox(leverIndex("release_cash_usd"));
        spin->setValue(3000);
        QCOMPARE(w.document()->policy(1).releaseCashUsd, 3000.0);
        QCOMPARE(w.leverEditor()->slider(leverIndex("release_cash_usd"))->value(), 3000.0);
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->policy(1).releaseCashUsd, 0.0);
        QCOMPARE(spin->value(), 0.0);
    }

    void saveThenOpenGivesTheSameScenario() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.leastbad"));
        data::Scenario saved;
        {
            MainWindow w;
            QVERIFY(
                w.openFile(examplePath("longer-for-repeat-vs-small-close-with-cash-TX.leastbad"),
                           false)
                    .isEmpty());
            w.document()->setLever(1, lever("police_per_100k"), 250);
            core::MoralWeights weights = w.document()->scenario().weights;
            weights.weightIncarcerated = 0.25;
            w.document()->setWeights(weights);
            QVERIFY(w.document()->isModified());
            QVERIFY(w.document()->save(path).isEmpty());
            QVERIFY(!w.document()->isModified());
            saved = w.document()->scenario();
        }
        MainWindow w;
        QVERIFY(w.openFile(path, false).isEmpty());
        const data::Scenario &opened = w.document()->scenario();
        QCOMPARE(opened.region, QStringLiteral("TX"));
        QCOMPARE(opened.weights.weightIncarcerated, 0.25);
        QCOMPARE(opened.seed, saved.seed);
        QCOMPARE(opened.draws, saved.draws);
        for (int p = 0; p < 2; ++p) {
            QCOMPARE(opened.policies[p].name, saved.policies[p].name);
            for (const core::LeverSpec &l : core::leverSpecs())
                QCOMPARE(core::leverValue(opened.policies[p].policy, l),
                         core::leverValue(saved.policies[p].policy, l));
        }
        QCOMPARE(w.editPolicy(1)->spinBox(leverIndex("police_per_100k"))->value(), 250.0);
    }

    void changingRegionUpdatesBaselineAndCharts() {
        MainWindow w;
        QVERIFY(waitForCurrent(w));
        const double usStart = w.lastSnapshot()->startValue; // people in prison today
        QVERIFY(w.document()->setRegion(QStringLiteral("NOR")).isEmpty());
        QCOMPARE(w.document()->region().baseline.code, std::string("NOR"));
        QCOMPARE(w.document()->policy(0).policePer100k,
                 w.document()->region().baseline.policePer100k);
        QVERIFY(waitForCurrent(w));
        const double norwayStart = w.lastSnapshot()->startValue;
        QVERIFY(norwayStart < usStart / 100); // Norway's prisons hold thousands, not a million
        auto *regions = w.findChild<QComboBox *>(QStringLiteral("regionCombo"));
        QCOMPARE(regions->currentData().toString(), QStringLiteral("NOR"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("regionInfoLabel"))
                    ->text()
                    .contains(QStringLiteral("assumed")));
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->region().baseline.code, std::string("US"));
    }

    void yearPickerEvaluatesTheRegionAsOfAYearAndIsSaved() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("y.leastbad"));
        int chosen = 0;
        {
            MainWindow w;
            QVERIFY(w.document()->setRegion(QStringLiteral("TX")).isEmpty());
            auto *years = w.findChild<QComboBox *>(QStringLiteral("yearCombo"));
            QVERIFY(years);
            QVERIFY(years->count() > 2);
            QCOMPARE(years->itemData(0).toInt(), 0); // the latest data first
            QCOMPARE(years->currentIndex(), 0);
            // The earliest year the dataset has: some inputs have no value that early.
            const int index = years->count() - 1;
            chosen = years->itemData(index).toInt();
            QVERIFY(chosen >= 1900 && chosen < 2030);
            years->setCurrentIndex(index);
            emit years->activated(index);
            QCOMPARE(w.document()->scenario().year, chosen);
            QCOMPARE(w.document()->region().asOfYear, chosen);
            QCOMPARE(w.document()->region().baseline.code, std::string("TX"));
            bool later = false;
            for (const data::ValueProvenance &p : w.document()->region().provenance)
                later = later || p.laterThanAsOfYear;
            QVERIFY(later);
            const QString info = w.findChild<QLabel *>(QStringLiteral("regionInfoLabel"))->text();
            QVERIFY2(info.contains(QStringLiteral("As of %1").arg(chosen)), qPrintable(info));
            // A region change keeps the year.
            QVERIFY(w.document()->setRegion(QStringLiteral("CA")).isEmpty());
            QCOMPARE(w.document()->region().asOfYear, chosen);
            w.document()->undoStack()->undo();
            QVERIFY(w.document()->save(path).isEmpty());
            // Undo goes back to the latest data, and the picker follows.
            w.document()->undoStack()->undo();
            QCOMPARE(w.document()->scenario().year, 0);
            QCOMPARE(years->currentIndex(), 0);
        }
        MainWindow w;
        QVERIFY(w.openFile(path, false).isEmpty());
        QCOMPARE(w.document()->scenario().year, chosen);
        QCOMPARE(w.document()->region().asOfYear, chosen);
        QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("yearCombo"))->currentData().toInt(),
                 chosen);
    }

    void detailsSayWhatIsSpecialAboutDistrictOfColumbia() {
        MainWindow w;
        w.show();
        QVERIFY(w.document()->setRegion(QStringLiteral("DC")).isEmpty());
        auto *info = w.findChild<QLabel *>(QStringLiteral("regionInfoLabel"));
        QVERIFY(info->text().contains(QStringLiteral("no state prisons")));
        const QString shown = textOfDialogOpenedBy(
            w, "details-dc.png", [info] { emit info->linkActivated(QStringLiteral("#")); });
        QVERIFY2(shown.contains(QStringLiteral("The District of Columbia has no state prisons")),
                 qPrintable(shown));
        // Inputs and evidence in words, not code names.
        QVERIFY(shown.contains(QStringLiteral("People in prison")));
        QVERIFY(!shown.contains(QStringLiteral("prison_population")));
        QVERIFY(shown.contains(QStringLiteral("read in the source")));
        static const QRegularExpression ungrouped(QStringLiteral("\\b\\d{5,} people"));
        QVERIFY2(!shown.contains(ungrouped), qPrintable(shown.left(400))); // "705,749 people"
    }

    void helpValidationShowsTheCoverageTable() {
        MainWindow w;
        w.show();
        const QString shown = textOfDialogOpenedBy(w, "help-validation.png", [&w] {
            w.findChild<QAction *>(QStringLiteral("actionValidationHelp"))->trigger();
        });
        QVERIFY2(shown.contains(QStringLiteral("Coverage: ")), qPrintable(shown.left(300)));
        QVERIFY(shown.contains(QStringLiteral("NE12")));
    }

    // F1 opens the user guide (tasks, not the developers' model document).
    void f1OpensTheUserGuide() {
        MainWindow w;
        w.show();
        auto *guide = w.findChild<QAction *>(QStringLiteral("actionUserGuide"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents)); // F1
        const QString shown =
            textOfDialogOpenedBy(w, "user-guide.png", [guide] { guide->trigger(); });
        QVERIFY2(shown.contains(QStringLiteral("Compare policies")), qPrintable(shown.left(200)));
        for (const char *task : {"Read the uncertainty", "Set your moral weights",
                                 "Export a chart for a slide", "Load your own data"})
            QVERIFY2(shown.contains(QLatin1String(task)), task);
    }

    // The welcome offers every example; one click opens it. Unticking "Show this when
    // LeastBad starts" is remembered.
    void welcomeOffersTheExamplesAndCanBeSuppressed() {
        QSettings().remove(QLatin1String(gui::WelcomeDialog::kSettingsKey));
        QVERIFY(gui::WelcomeDialog::showAtStart()); // a first run shows it
        MainWindow w;
        w.show();
        QString title;
        QTimer::singleShot(0, &w, [&] {
            auto *welcome = qobject_cast<gui::WelcomeDialog *>(QApplication::activeModalWidget());
            if (!welcome)
                return;
            if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
                !folder.isEmpty())
                welcome->grab().save(folder + QStringLiteral("/welcome.png"));
            welcome->findChild<QCheckBox *>()->setChecked(false);
            QPushButton *example = nullptr;
            for (QPushButton *b : welcome->findChildren<QPushButton *>())
                if (b->property("example").toString().contains(QStringLiteral("essay-package")))
                    example = b;
            if (example)
                example->click();
        });
        w.showWelcome();
        QVERIFY(w.document()->filePath().contains(QStringLiteral("essay-package")));
        QVERIFY(!gui::WelcomeDialog::showAtStart());
        QSettings().remove(QLatin1String(gui::WelcomeDialog::kSettingsKey));
    }

    void overTimeChartDrawsTheObservedHistoryAsItsOwnSeries() {
        MainWindow w;
        QVERIFY(waitForCurrent(w));
        analysis::ChartContext context =
            analysis::chartContext(w.document()->scenario(), w.document()->region(), false);
        context.history = {
            {"prison_population", {{2019, 1.0e6, "S"}, {2020, 1.1e6, "S"}, {2021, 1.2e6, "S"}}}};
        charts::TimeSeriesChart chart;
        chart.showSnapshot(*w.lastSnapshot(), context);
        QCustomPlot *plot = chart.plot();
        const QCPGraph *observed = nullptr;
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->name().startsWith(QStringLiteral("Observed, 2019–2021")))
                observed = plot->graph(i);
        QVERIFY(observed);
        QVERIFY(plot->legend->hasItemWithPlottable(observed));
        QCOMPARE(observed->data()->size(), 3);
        QCOMPARE(observed->data()->begin()->key, -2.0); // two years before the last, 2021
        QCOMPARE(plot->xAxis->label(), QStringLiteral("Years from 2021"));
        // Without a history of at least two years nothing is drawn and the axis is unchanged.
        context.history.front().points.resize(1);
        chart.showSnapshot(*w.lastSnapshot(), context);
        for (int i = 0; i < plot->graphCount(); ++i)
            QVERIFY(!plot->graph(i)->name().startsWith(QStringLiteral("Observed")));
        QCOMPARE(plot->xAxis->label(), QStringLiteral("Years from today"));
    }

    void malformedScenarioLeavesTheCurrentOneIntact() {
        MainWindow w;
        QVERIFY(
            w.openFile(examplePath("essay-package-vs-status-quo-US.leastbad"), false).isEmpty());
        const double beds = w.document()->policy(0).facilityBeds;
        QTemporaryDir dir;
        for (
            const QByteArray &bytes :
            {QByteArray("{ not json"),
             QByteArray(R"({"format": "leastbad-scenario", "version": 1, "region": "ATLANTIS"})"),
             QByteArray(
                 R"({"format": "leastbad-scenario", "version": 1, "policies": [{"levers": {"facility_beds": 1e9}}]})")}) {
            const QString bad = dir.filePath(QStringLiteral("bad.leastbad"));
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
            f.close();
            const QString error = w.openFile(bad, false);
            QVERIFY2(!error.isEmpty() && error.contains(bad), qPrintable(error));
            QCOMPARE(w.document()->policy(0).facilityBeds, beds);
            QVERIFY(w.document()->filePath().endsWith(
                QStringLiteral("essay-package-vs-status-quo-US.leastbad")));
        }
    }

    // Issue 19, finding 6: words from a file are shown as text in every dialog that shows
    // them, never as HTML (a heading, a live link).
    void fileTextIsShownAsPlainTextInEveryDialog_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("title");
        const QByteArray html = "<h1>BIG</h1><a href='http://evil'>click</a>";
        QTest::newRow("unknown lever in a policy: Cannot open")
            << "policy.json"
            << QByteArray("{\"format\": \"leastbad-policy\", \"version\": 1, \"levers\": {\"" +
                          html + "\": 1}}")
            << "Cannot open";
        QTest::newRow("unknown region in a scenario: Cannot open")
            << "region.leastbad"
            << QByteArray("{\"format\": \"leastbad-scenario\", \"version\": 1, \"region\": "
                          "\"<h1>B</h1>\"}")
            << "Cannot open";
        // An unknown lever is an error in a scenario as in a policy file (data/leverreader).
        QTest::newRow("unknown lever in a scenario: Cannot open")
            << "lever.leastbad"
            << QByteArray("{\"format\": \"leastbad-scenario\", \"version\": 1, \"region\": \"US\", "
                          "\"policies\": [{\"name\": \"<b>A</b>\", \"levers\": {\"" +
                          html + "\": 1}}]}")
            << "Cannot open";
        QTest::newRow("unknown field in a scenario: Opened with warnings")
            << "warn.leastbad"
            << QByteArray("{\"format\": \"leastbad-scenario\", \"version\": 1, \"region\": \"US\", "
                          "\"" +
                          html + "\": 1, \"policies\": [{\"name\": \"<b>A</b>\"}]}")
            << "Opened with warnings";
    }
    void fileTextIsShownAsPlainTextInEveryDialog() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, title);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        MainWindow w;
        QString seenTitle, seenText;
        Qt::TextFormat seenFormat = Qt::RichText;
        // The dialog is modal: look at it from the event loop it runs, then close it.
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            seenTitle = box->windowTitle();
            seenText = box->text();
            seenFormat = box->textFormat();
            box->done(0);
        });
        w.openFile(path, true);
        QCOMPARE(seenTitle, title);
        QVERIFY2(seenText.contains(QStringLiteral("<h1>")), qPrintable(seenText));
        QCOMPARE(seenFormat, Qt::PlainText);
    }

    // Issue 19, finding 2: the boxes take every value a scenario file may hold, so the
    // box shows what runs (a file's 40% discount rate showed as 20% and ran at 40%).
    void theBoxesShowWhatAScenarioSets() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edges.leastbad"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"leastbad-scenario\", \"version\": 1, \"region\": \"US\", "
                "\"draws\": 20000, \"weights\": {\"discount_rate\": 0.45, \"weight_victims\": "
                "60, \"usd_per_wellbeing_year\": 50000000}}");
        f.close();
        MainWindow w;
        QVERIFY(w.openFile(path, false).isEmpty());
        auto *panel = w.findChild<leastbad::gui::WeightsPanel *>();
        QVERIFY(panel);
        QList<double> shown;
        for (const QDoubleSpinBox *box : panel->findChildren<QDoubleSpinBox *>())
            shown << box->value();
        for (double expected : {45.0, 60.0, 5e7})
            QVERIFY2(shown.contains(expected), qPrintable(QString::number(expected)));
        const QList<QSpinBox *> whole = panel->findChildren<QSpinBox *>();
        QVERIFY(std::any_of(whole.begin(), whole.end(),
                            [](const QSpinBox *b) { return b->value() == 20000; }));
        QCOMPARE(w.document()->scenario().weights.discountRate, 0.45);
    }

    void aPolicyFileLoadsIntoAInOneStep() {
        MainWindow w;
        const int steps = w.document()->undoStack()->count();
        const QString path = qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
                             QStringLiteral("/data/policies/longer-for-repeat.json");
        QVERIFY(w.openFile(path, false).isEmpty());
        QCOMPARE(w.document()->policy(0).sentenceMultiplier[3], 2.0);
        QCOMPARE(w.document()->scenario().policies[0].name,
                 QStringLiteral("Longer for repeat offenders"));
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->policy(0).sentenceMultiplier[3], 1.0);
    }

    void examplesShipAndOpen() {
        for (const char *name : {"essay-package-vs-status-quo-US.leastbad",
                                 "longer-for-repeat-vs-small-close-with-cash-TX.leastbad",
                                 "longer-for-repeat-vs-small-close-with-cash-NOR.leastbad"}) {
            MainWindow w;
            QVERIFY2(
                w.openFile(QStringLiteral(":/scenarios/") + QLatin1String(name), false).isEmpty(),
                name);
        }
    }

    void tornadoTabComputesTheTornado() {
        MainWindow w;
        w.show();
        QVERIFY(
            w.openFile(examplePath("essay-package-vs-status-quo-US.leastbad"), false).isEmpty());
        QVERIFY(waitForCurrent(w));
        QVERIFY(!w.lastSnapshot()->tornado); // not computed while hidden
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
        tabs->setCurrentIndex(3);
        QVERIFY(waitForCurrent(w));
        QVERIFY(w.lastSnapshot()->tornado);
        QVERIFY(w.lastSnapshot()->tornado->bars.size() > 10);
        QCustomPlot *plot = w.charts()[3]->plot();
        QCOMPARE(plot->plottableCount(), 2);
        // The ledger chart, redrawn when shown.
        tabs->setCurrentIndex(1);
        QCOMPARE(w.charts()[1]->plot()->plottableCount(), 4); // bars and error bars for A and B
    }

    void frontierRunsAndALongRunCanBeCancelled() {
        MainWindow w;
        gui::FrontierPanel *frontier = w.frontier();
        frontier->samplesBox()->setValue(300);
        QSignalSpy done(frontier, &gui::FrontierPanel::finished);
        frontier->run();
        QVERIFY(done.wait(60000));
        QVERIFY(done.takeFirst().at(0).toBool());
        QVERIFY(frontier->result() && !frontier->result()->frontier.empty());
        QVERIFY(frontier->plot()->graphCount() >= 3);

        frontier->samplesBox()->setValue(200000);
        QElapsedTimer timer;
        timer.start();
        frontier->run();
        QTest::qWait(200);
        QVERIFY(frontier->isRunning());
        frontier->cancel();
        QVERIFY(done.wait(20000));
        QVERIFY(!done.takeFirst().at(0).toBool());
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(!frontier->result()); // nothing partial is shown as a frontier
    }

    // "Add the least bad policy" puts that frontier point in the policy list with its
    // levers, selected in the editor, and it is compared at once.
    void aPolicyAddedFromTheFrontierHasThatPointsLevers() {
        MainWindow w;
        gui::FrontierPanel *frontier = w.frontier();
        frontier->samplesBox()->setValue(200);
        QSignalSpy done(frontier, &gui::FrontierPanel::finished);
        frontier->run();
        QVERIFY(done.wait(60000));
        QVERIFY(frontier->result());
        const core::Policy best = frontier->result()->bestUnderBudget.candidate.policy;
        const int before = w.document()->policyCount();
        frontier->addLeastBadButton()->click();
        QCOMPARE(w.document()->policyCount(), before + 1);
        const int added = before;
        QVERIFY(w.document()->policy(added) == best);
        QCOMPARE(w.policyList()->currentPolicy(), added);
        // The editor shows each lever to its box's decimals (the sweep is not on the steps).
        for (std::size_t i = 0; i < core::leverSpecs().size(); ++i) {
            QDoubleSpinBox *spin = w.leverEditor()->spinBox(int(i));
            const double scale = std::pow(10.0, spin->decimals());
            QCOMPARE(spin->value(),
                     std::round(core::leverValue(best, core::leverSpecs()[i]) * scale) / scale);
        }
        QVERIFY(waitForCurrent(w));
        QCOMPARE(w.lastSnapshot()->verdicts.size(), std::size_t(before + 2));
        w.document()->undoStack()->undo(); // one step
        QCOMPARE(w.document()->policyCount(), before);
    }

    // Issue 18: one click on any point of the frontier adds its policy, named after the
    // point, selected and compared at once, as one undo step the status bar mentions; a
    // double-click adds it once.
    void oneClickOnAFrontierPointAddsItsPolicy() {
        MainWindow w;
        showAtLaptopSize(w);
        gui::FrontierPanel *frontier = w.frontier();
        showTab(w, frontier);
        frontier->samplesBox()->setValue(200);
        frontier->findChildren<QSpinBox *>().at(1)->setValue(20); // draws per policy
        QSignalSpy done(frontier, &gui::FrontierPanel::finished);
        frontier->run();
        QVERIFY(done.wait(60000));
        QVERIFY(frontier->result());
        QVERIFY(waitForCurrent(w));
        charts::FrontierChart *chart = frontier->chart();
        QTest::qWait(100); // laid out in its tab
        chart->plot()->replot();
        // Two frontier points that no other covers in some panel of the matrix.
        const int count = int(frontier->result()->frontier.size());
        std::vector<std::pair<int, QPoint>> uncovered;
        for (int i = count - 1; i >= 0 && uncovered.size() < 2; --i)
            for (int pair = 0; pair < charts::FrontierChart::kPairs; ++pair)
                if (chart->pointAt(chart->pixelOf(pair, i).toPoint()) == i) {
                    uncovered.emplace_back(i, chart->pixelOf(pair, i).toPoint());
                    break;
                }
        QCOMPARE(int(uncovered.size()), 2);
        const auto [point, at] = uncovered[0];
        const auto [otherPoint, otherAt] = uncovered[1];
        const charts::FrontierPoint chosen = chart->points()[std::size_t(point)];
        const charts::FrontierPoint other = chart->points()[std::size_t(otherPoint)];
        QVERIFY(chart->tooltipAt(at).contains(QStringLiteral("Click to add it to your policies")));

        const int before = w.document()->policyCount();
        const int steps = w.document()->undoStack()->count();
        QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, at);
        QCOMPARE(w.document()->policyCount(), before + 1);
        QVERIFY(w.document()->policy(before) == chosen.policy);
        QCOMPARE(w.document()->policyName(before), chosen.name);
        QCOMPARE(w.policyList()->currentPolicy(), before);
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        const QString message = w.statusBar()->currentMessage();
        QVERIFY2(message.contains(chosen.name) && message.contains(QStringLiteral("Ctrl+Z")),
                 qPrintable(message));
        // Compared at once, and the notice outlives the analysis that follows.
        QVERIFY(waitForCurrent(w));
        QCOMPARE(w.lastSnapshot()->verdicts.size(), std::size_t(before + 2));
        QCOMPARE(w.statusBar()->currentMessage(), message);
        // The frontier stays, with the new policy placed among its points (no new sweep),
        // so the next point is one click away too.
        const analysis::Session::Counts counts = w.session().counts();
        QVERIFY(QTest::qWaitFor([&] { return frontier->result() != nullptr; }, 20000));
        QCOMPARE(w.session().counts().frontiers, counts.frontiers);
        QCOMPARE(int(frontier->result()->marked.size()), before + 1);
        QTest::qWait(50);
        chart->plot()->replot();
        if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            QTest::mouseMove(chart->plot(), otherAt); // the hover text of the next point
            w.grab().save(QStringLiteral("%1/frontier-added-1280x720.png").arg(folder));
        }
        // The added policy is drawn over its point as one of yours (a click adds it no more).
        const int placed = chart->pointAt(at);
        QVERIFY(placed != point && placed >= 0);
        QCOMPARE(chart->points()[std::size_t(placed)].name, chosen.name);
        QVERIFY(!chart->points()[std::size_t(placed)].addable);
        QCOMPARE(chart->pointAt(otherAt), otherPoint);
        QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, otherAt);
        QCOMPARE(w.document()->policyCount(), before + 2);
        QVERIFY(w.document()->policy(before + 1) == other.policy);
        QCOMPARE(w.document()->policyName(before + 1), other.name);
        w.document()->undoStack()->undo(); // one step each
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->policyCount(), before);
        QCOMPARE(w.document()->undoStack()->count(), steps + 2); // redo can bring them back

        // A double-click (press, release, double-click, release) adds the point once.
        QVERIFY(QTest::qWaitFor([&] { return frontier->result() != nullptr; }, 20000));
        QTest::qWait(50);
        chart->plot()->replot();
        QCOMPARE(chart->pointAt(at), point);
        for (const auto &[type, time] : {std::pair{QEvent::MouseButtonPress, 5000},
                                         std::pair{QEvent::MouseButtonRelease, 5060},
                                         std::pair{QEvent::MouseButtonDblClick, 5150},
                                         std::pair{QEvent::MouseButtonRelease, 5210}}) {
            const bool down = type != QEvent::MouseButtonRelease;
            QMouseEvent event(type, QPointF(at), chart->plot()->mapToGlobal(QPointF(at)),
                              Qt::LeftButton, down ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
            event.setTimestamp(quint64(time));
            QApplication::sendEvent(chart->plot(), &event);
        }
        QCOMPARE(w.document()->policyCount(), before + 1);
        QCOMPARE(w.document()->undoStack()->count(), steps + 1); // the redo steps went
    }

    // Issue 18: the tornado, the regions and the per-unit effects describe the policy
    // selected in the list (the first when the status quo is selected), say which in their
    // titles, and follow the selection.
    void theTornadoRegionsAndPerUnitFollowTheSelectedPolicy() {
        MainWindow w;
        showAtLaptopSize(w);
        gui::ScenarioDocument *doc = w.document();
        doc->setLever(0, lever("release_cash_usd"), 2500);
        doc->setLever(1, lever("sentence_multiplier_repeat_violent"), 2.0);
        const int third = doc->addPolicy(QStringLiteral("Small and close"));
        doc->setLever(third, lever("facility_beds"), 250);
        QCOMPARE(doc->policyCount(), 3);
        const QString first = doc->policyName(0), second = doc->policyName(1);
        const core::RegionBaseline &region = doc->region().baseline;
        const core::MoralWeights weights = doc->scenario().weights;
        auto hasText = [](QWidget *panel, const QString &text) {
            for (const QLabel *label : panel->findChildren<QLabel *>())
                if (label->text().contains(text))
                    return true;
            return false;
        };

        // The first policy selected: ranked, and its per-unit effects.
        w.policyList()->setCurrentPolicy(0);
        showTab(w, w.regions());
        QSignalSpy regionsDone(w.regions(), &gui::RegionsPanel::finished);
        w.regions()->run();
        QVERIFY(regionsDone.wait(120000));
        QVERIFY(w.regions()->result());
        const core::RegionsResult ofFirst = *w.regions()->result();
        QVERIFY(w.regions()->chart()->title().contains(first));
        QSignalSpy perUnitDone(w.diagnostics(), &gui::DiagnosticsPanel::finished);
        w.diagnostics()->run();
        QVERIFY(perUnitDone.wait(60000));
        QVERIFY(w.diagnostics()->result());
        const core::Diagnostics perUnitOfFirst = *w.diagnostics()->result();
        QVERIFY(w.diagnostics()->summary()->text().contains(first));

        // The second selected: both compute again for it, and say so.
        regionsDone.clear();
        perUnitDone.clear();
        w.policyList()->setCurrentPolicy(1);
        QVERIFY(regionsDone.wait(120000));
        QVERIFY(regionsDone.front().front().toBool());
        QVERIFY(perUnitDone.count() == 1 || perUnitDone.wait(60000));
        QCOMPARE(w.regions()->describedPolicy(), 1);
        QVERIFY(w.regions()->result());
        QVERIFY(w.regions()->currentRequest() ==
                analysis::regionsRequest(doc->dataset(), doc->scenario(), region, 1));
        QVERIFY(w.session().kept(w.regions()->currentRequest()));
        QVERIFY(w.regions()->chart()->title().contains(second));
        QVERIFY(!w.regions()->chart()->title().contains(first));
        QVERIFY(hasText(w.regions(), second));
        if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            QTest::qWait(200);
            w.grab().save(QStringLiteral("%1/regions-second-1280x720.png").arg(folder));
        }
        const core::RegionsResult &ofSecond = *w.regions()->result();
        QCOMPARE(ofSecond.ranking.size(), ofFirst.ranking.size());
        QVERIFY(ofSecond.ranking.front().netValuePerResident !=
                ofFirst.ranking.front().netValuePerResident);
        QVERIFY(w.diagnostics()->result());
        QVERIFY(w.diagnostics()->summary()->text().contains(second));
        // The per-unit effects are the core's for the second policy, on the panel's draws.
        const core::DrawSet draws = core::DrawSet::prepare(
            region, core::ParameterDraws::generate(500, doc->scenario().seed), 1);
        const core::Diagnostics direct =
            core::computeDiagnostics(draws, doc->policy(1), weights.simulationOptions(), 0);
        const core::Diagnostics &shown = *w.diagnostics()->result();
        QCOMPARE(shown.results.size(), direct.results.size());
        bool differs = false;
        for (std::size_t i = 0; i < direct.results.size(); ++i) {
            QCOMPARE(shown.results[i].value.p50, direct.results[i].value.p50);
            differs = differs || shown.results[i].value.p50 != perUnitOfFirst.results[i].value.p50;
        }
        QVERIFY(differs);

        // The tornado, on its tab, is the second policy's and is titled with its name.
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
        tabs->setCurrentWidget(w.charts()[3]);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return waitForCurrent(w, 100) && w.lastSnapshot()->tornado &&
                       w.lastSnapshot()->tornadoPolicy == 2;
            },
            60000));
        const core::Tornado tornadoOfSecond = core::tornado(region, doc->policy(1), weights);
        QCOMPARE(w.lastSnapshot()->tornado->central, tornadoOfSecond.central);
        QVERIFY(w.charts()[3]->title().contains(second));
        if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            QTest::qWait(200);
            w.grab().save(QStringLiteral("%1/tornado-second-1280x720.png").arg(folder));
            showTab(w, w.diagnostics());
            QTest::qWait(200);
            w.grab().save(QStringLiteral("%1/per-unit-second-1280x720.png").arg(folder));
            tabs->setCurrentWidget(w.charts()[3]);
        }
        const double centralOfSecond = w.lastSnapshot()->tornado->central;

        // The status quo selected: all three fall back to the first policy.
        regionsDone.clear();
        perUnitDone.clear();
        w.policyList()->setCurrentPolicy(-1);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return waitForCurrent(w, 100) && w.lastSnapshot()->tornado &&
                       w.lastSnapshot()->tornadoPolicy == 1;
            },
            60000));
        QCOMPARE(w.lastSnapshot()->tornado->central,
                 core::tornado(region, doc->policy(0), weights).central);
        QVERIFY(w.lastSnapshot()->tornado->central != centralOfSecond);
        QVERIFY(w.charts()[3]->title().contains(first));
        QVERIFY(regionsDone.count() == 1 || regionsDone.wait(120000));
        QVERIFY(perUnitDone.count() == 1 || perUnitDone.wait(60000));
        QCOMPARE(w.regions()->describedPolicy(), 0);
        QVERIFY(w.regions()->result());
        QCOMPARE(w.regions()->result()->ranking.front().netValuePerResident,
                 ofFirst.ranking.front().netValuePerResident);
        QVERIFY(w.regions()->chart()->title().contains(first));
        QVERIFY(w.diagnostics()->result());
        for (std::size_t i = 0; i < perUnitOfFirst.results.size(); ++i)
            QCOMPARE(w.diagnostics()->result()->results[i].value.p50,
                     perUnitOfFirst.results[i].value.p50);
        QVERIFY(w.diagnostics()->summary()->text().contains(first));

        // An export of the tornado names the policy it shows: the selected one.
        w.policyList()->setCurrentPolicy(1);
        QTemporaryDir dir;
        QSignalSpy exported(w.exporter(), &gui::ExportController::finished);
        const QString svg = dir.filePath(QStringLiteral("tornado.svg"));
        w.exporter()->writeChart(charts::ChartKind::Tornado, svg, QStringLiteral("svg"), {});
        QVERIFY(exported.wait(120000));
        QCOMPARE(exported.front().front().toString(), QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString image = QString::fromUtf8(file.readAll());
        QVERIFY(image.contains(second.toHtmlEscaped()));
    }

    void regionsViewRanksEveryRegionAndMapsTheStates() {
        QCOMPARE(int(charts::stateTiles().size()), 51);
        MainWindow w;
        w.document()->setLever(0, lever("release_cash_usd"), 2500);
        QSignalSpy done(w.regions(), &gui::RegionsPanel::finished);
        w.regions()->run();
        QVERIFY(done.wait(60000));
        QVERIFY(done.takeFirst().at(0).toBool());
        const core::RegionsResult *r = w.regions()->result();
        QVERIFY(r);
        QCOMPARE(int(r->ranking.size()), int(w.document()->dataset().content().regions.size()));
        for (std::size_t i = 1; i < r->ranking.size(); ++i)
            QVERIFY(r->ranking[i - 1].netValuePerResident >= r->ranking[i].netValuePerResident);
        QCOMPARE(w.regions()->table()->rowCount(), int(r->ranking.size()));
        QCOMPARE(w.regions()->map()->itemCount(), 2 * 51); // a tile and a label per state and DC

        // The table sorts by number, not by text: lowest net value per resident first.
        QTableWidget *table = w.regions()->table();
        table->sortItems(1, Qt::AscendingOrder);
        QCOMPARE(table->item(0, 0)->text(), QString::fromStdString(r->ranking.back().name));
        QCOMPARE(table->item(table->rowCount() - 1, 0)->text(),
                 QString::fromStdString(r->ranking.front().name));

        // A policy A that changes nothing ranks nothing.
        w.document()->resetPolicy(0);
        done.clear();
        w.regions()->run();
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.takeFirst().at(0).toBool());
        QVERIFY(!w.regions()->result());
        QCOMPARE(table->rowCount(), 0);
        bool says = false;
        for (const QLabel *label : w.regions()->findChildren<QLabel *>())
            says = says || label->text().contains(QStringLiteral("nothing to rank"));
        QVERIFY(says);
    }

    // Issue 16: results are stamped with the request they answer. After the region changes,
    // neither tab shows its old frontier or ranking, and an export does not carry them.
    void frontierAndRegionsAreOutOfDateAfterTheRegionChanges() {
        MainWindow w;
        w.document()->setLever(0, lever("release_cash_usd"), 2500);
        w.frontier()->samplesBox()->setValue(100);
        w.frontier()->findChildren<QSpinBox *>().at(1)->setValue(20); // draws per policy
        QSignalSpy frontierDone(w.frontier(), &gui::FrontierPanel::finished);
        w.frontier()->run();
        QVERIFY(frontierDone.wait(60000));
        QSignalSpy regionsDone(w.regions(), &gui::RegionsPanel::finished);
        w.regions()->run();
        QVERIFY(regionsDone.wait(120000));
        QVERIFY(w.frontier()->result() && w.regions()->result());
        const std::string before = w.document()->region().baseline.code;

        QVERIFY(w.document()->setRegion(QStringLiteral("TX")).isEmpty());
        QVERIFY(w.document()->region().baseline.code != before);
        QVERIFY(!w.frontier()->result());
        QVERIFY(!w.regions()->result());
        for (QWidget *panel :
             {static_cast<QWidget *>(w.frontier()), static_cast<QWidget *>(w.regions())}) {
            bool says = false;
            for (const QLabel *label : panel->findChildren<QLabel *>())
                says = says || label->text().contains(QStringLiteral("Out of date"));
            QVERIFY2(says, panel->metaObject()->className());
        }
        QCOMPARE(w.regions()->table()->rowCount(), 0);
        QCOMPARE(w.frontier()->plot()->graphCount(), 0);
        if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            for (const auto &[name, size] : {std::pair{"1280x720", QSize(1280, 720)},
                                             std::pair{"1920x1080", QSize(1920, 1080)}}) {
                w.resize(size);
                w.show();
                for (QWidget *tab :
                     {static_cast<QWidget *>(w.frontier()), static_cast<QWidget *>(w.regions())}) {
                    showTab(w, tab);
                    QTest::qWait(200);
                    w.grab().save(QStringLiteral("%1/stale-%2-%3.png")
                                      .arg(folder,
                                           QString::fromLatin1(tab->metaObject()->className())
                                               .section(QStringLiteral("::"), -1),
                                           QLatin1String(name)));
                }
            }
        }

        // The export leaves the old frontier out and ranks the regions again from Texas.
        w.document()->setLever(0, lever("release_cash_usd"), 3000); // the switch reset A
        QVERIFY(!w.regions()->result());
        const int rankingsBefore = w.session().counts().rankings;
        QTemporaryDir dir;
        QSignalSpy done(w.exporter(), &gui::ExportController::finished);
        w.exporter()->writeAll(dir.path());
        QVERIFY(done.wait(180000));
        QCOMPARE(done.front().front().toString(), QString());
        QVERIFY(done.front().at(1).toString().contains(QStringLiteral("frontier")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("frontier.csv"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("regions.csv"))));
        QCOMPARE(w.session().counts().rankings, rankingsBefore + 1);

        // Back to the first region (undo): the kept answers are current again.
        w.document()->undoStack()->undo();
        w.document()->undoStack()->undo();
        QVERIFY(w.frontier()->result() && w.regions()->result());
        QVERIFY(w.regions()->table()->rowCount() > 0);
    }

    // Closing the window while the tabs compute cancels and joins their jobs before the
    // session and the document they read are gone (the sanitizer build checks the memory).
    void closingWhileTabsComputeIsSafe() {
        auto w = std::make_unique<MainWindow>();
        w->document()->setLever(0, lever("release_cash_usd"), 2500);
        w->frontier()->samplesBox()->setValue(200000);
        w->frontier()->run();
        w->regions()->run();
        QTest::qWait(100);
        QVERIFY(w->frontier()->isRunning());
        w.reset(); // must not crash or hang
        QVERIFY(!w);
    }

    // Issue 16: the snapshot on screen, an export of it and `leastbad-cli compare` of the
    // same scenario give the same numbers, and the export reuses the snapshot.
    void snapshotExportAndCompareGiveTheSameNumbers() {
        MainWindow w;
        core::Policy a = w.document()->statusQuo();
        a.releaseCashUsd = 2500;
        w.document()->setPolicy(0, a, QStringLiteral("Cash"));
        w.document()->setDraws(500);
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
        tabs->setCurrentWidget(w.charts()[3]); // the tornado on screen: nothing left to add
        QVERIFY(waitForCurrent(w, 60000));
        QVERIFY(QTest::qWaitFor([&] { return w.lastSnapshot()->tornado.has_value(); }, 60000));
        QVERIFY(waitForCurrent(w, 60000));
        const double onScreen = w.lastSnapshot()->verdicts[1].netValue.mean;
        const analysis::Session::Counts before = w.session().counts();

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("ledgers.csv"));
        QSignalSpy done(w.exporter(), &gui::ExportController::finished);
        w.exporter()->writeChart(charts::ChartKind::Ledgers, csv, QStringLiteral("csv"), {});
        QVERIFY(done.wait(60000));
        QCOMPARE(done.front().front().toString(), QString());
        const analysis::Session::Counts after = w.session().counts();
        QCOMPARE(after.comparisons, before.comparisons); // the export did not recompute
        QCOMPARE(after.policyRuns, before.policyRuns);
        QCOMPARE(after.tornadoes, before.tornadoes);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        double exported = std::nan("");
        const QByteArray rows = file.readAll();
        for (const QByteArray &line : rows.split('\n'))
            if (std::isnan(exported) && line.contains(",total,")) // policy A's comes first
                exported = line.split(',').at(2).toDouble();
        QVERIFY2(!std::isnan(exported), rows.constData());
        QVERIFY(exported == onScreen); // exactly: the export draws the snapshot on screen

        const QString policy = dir.filePath(QStringLiteral("cash.json"));
        QFile out(policy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            data::policyToJson({QStringLiteral("Cash"), {}, a}, w.document()->region().baseline));
        out.close();
        QProcess cli;
        cli.start(QStringLiteral(LEASTBAD_CLI_PATH),
                  {QStringLiteral("compare"), QStringLiteral("--policy"), policy,
                   QStringLiteral("--draws"), QStringLiteral("500"), QStringLiteral("--format"),
                   QStringLiteral("json")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonArray policies = json.value(QStringLiteral("policies")).toArray();
        QCOMPARE(policies.size(), 1); // the policies compared with the status quo
        const double compared = policies.at(0)
                                    .toObject()
                                    .value(QStringLiteral("net_value_usd"))
                                    .toObject()
                                    .value(QStringLiteral("mean"))
                                    .toDouble();
        QVERIFY2(compared == onScreen, qPrintable(QString::number(compared, 'g', 17)));
    }

    void perUnitTabShowsTheDiagnosticsBesideTheLiterature_data() {
        QTest::addColumn<QSize>("size");
        QTest::addRow("1280x720") << QSize(1280, 720);
        QTest::addRow("1920x1080") << QSize(1920, 1080);
    }
    void perUnitTabShowsTheDiagnosticsBesideTheLiterature() {
        QFETCH(QSize, size);
        MainWindow w;
        w.resize(size);
        w.show();
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
        QVERIFY(tabs);
        showTab(w, w.diagnostics());
        QSignalSpy done(w.diagnostics(), &gui::DiagnosticsPanel::finished);
        w.diagnostics()->run();
        QVERIFY(done.wait(60000));
        QVERIFY(done.takeFirst().at(0).toBool());
        QVERIFY(w.diagnostics()->result());
        QTableWidget *table = w.diagnostics()->table();
        QCOMPARE(table->rowCount(), int(core::diagnosticSpecs().size()));
        // The first row: the marginal prisoner's incapacitation, with its literature value.
        QVERIFY(!table->item(0, 1)->text().isEmpty());
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("Italy")));
        if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
            !folder.isEmpty())
            w.grab().save(QStringLiteral("%1/per-unit-%2x%3.png")
                              .arg(folder)
                              .arg(size.width())
                              .arg(size.height()));
        // Figures for another region are not left on screen as if they were current.
        QVERIFY(w.document()->setRegion(QStringLiteral("TX")).isEmpty());
        QVERIFY(!w.diagnostics()->result());
        QCOMPARE(table->rowCount(), 0);
    }

    void mainWindowAtLaptopAndDesktopSizes_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("theme");
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            QTest::addRow("1280x720-%s", qPrintable(theme)) << QSize(1280, 720) << theme;
            QTest::addRow("1920x1080-%s", qPrintable(theme)) << QSize(1920, 1080) << theme;
        }
    }
    // The essay example at a laptop's and a desktop's size, in both themes: the headline
    // carries its standard errors and the window its size (a screenshot of each when
    // LEASTBAD_SCREENSHOT_DIR is set).
    void mainWindowAtLaptopAndDesktopSizes() {
        QFETCH(QSize, size);
        QFETCH(QString, theme);
        MainWindow w;
        w.findChild<QAction *>(QStringLiteral("actionTheme_") + theme)->trigger();
        w.resize(size);
        w.show();
        QVERIFY(
            w.openFile(examplePath("essay-package-vs-status-quo-US.leastbad"), false).isEmpty());
        QVERIFY(waitForCurrent(w));
        QTest::qWait(200); // queued replots and the theme's repaint
        QVERIFY(w.headline()->plainText().contains(QStringLiteral("±")));
        if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
            !folder.isEmpty())
            w.grab().save(QStringLiteral("%1/main-%2x%3-%4.png")
                              .arg(folder)
                              .arg(size.width())
                              .arg(size.height())
                              .arg(theme));
        // The tornado, whose bars name the parameters in words.
        w.findChild<QTabWidget *>(QStringLiteral("chartTabs"))->setCurrentWidget(w.charts()[3]);
        QVERIFY(
            QTest::qWaitFor([&] { return w.lastSnapshot() && w.lastSnapshot()->tornado; }, 60000));
        QTest::qWait(200);
        if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
            !folder.isEmpty())
            w.grab().save(QStringLiteral("%1/tornado-%2x%3-%4.png")
                              .arg(folder)
                              .arg(size.width())
                              .arg(size.height())
                              .arg(theme));
        if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            // The Decision tab, for the screenshots in docs/.
            showTab(w, w.decision());
            QSignalSpy decided(w.decision(), &gui::DecisionPanel::finished);
            w.decision()->run();
            QVERIFY(decided.wait(120000));
            QTest::qWait(200);
            w.grab().save(QStringLiteral("%1/decision-%2x%3-%4.png")
                              .arg(folder)
                              .arg(size.width())
                              .arg(size.height())
                              .arg(theme));
        }
        w.findChild<QAction *>(QStringLiteral("actionTheme_system"))->trigger();
    }

    void chartsShowExactValuesOnHoverAndFollowTheTheme() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(
            w.openFile(examplePath("longer-for-repeat-vs-small-close-with-cash-TX.leastbad"), false)
                .isEmpty());
        QVERIFY(waitForCurrent(w));
        QCustomPlot *plot = w.timeSeriesChart()->plot();
        plot->replot();
        QCPGraph *mean = nullptr;
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->name().endsWith(QStringLiteral(": mean")))
                mean = plot->graph(i);
        QVERIFY(mean);
        const auto point = mean->data()->at(10);
        const QPointF pixel = mean->coordsToPixels(point->key, point->value);
        const QString tip = w.timeSeriesChart()->tooltipAt(pixel);
        QVERIFY2(tip.contains(mean->name()), qPrintable(tip));

        QPalette dark = w.timeSeriesChart()->palette();
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        w.timeSeriesChart()->setPalette(dark);
        QCOMPARE(plot->xAxis->tickLabelColor(), QColor(230, 230, 230));
    }

    void viewThemeSwitchesLightAndDarkAndIsSaved() {
        MainWindow w;
        w.show();
        QVERIFY(waitForCurrent(w));
        auto *dark = w.findChild<QAction *>(QStringLiteral("actionTheme_dark"));
        auto *system = w.findChild<QAction *>(QStringLiteral("actionTheme_system"));
        QVERIFY(dark && system && w.findChild<QAction *>(QStringLiteral("actionTheme_light")));
        dark->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCustomPlot *plot = w.timeSeriesChart()->plot();
        QCoreApplication::processEvents();
        QVERIFY(plot->xAxis->tickLabelColor().lightness() > 180); // the chart followed
        // The status-quo line takes the text colour, so it stays visible on the dark plot.
        bool sawLightStatusQuo = false;
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->pen().style() == Qt::DashLine)
                sawLightStatusQuo = plot->graph(i)->pen().color().lightness() > 180;
        QVERIFY(sawLightStatusQuo);
        system->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("system"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        QVERIFY(plot->xAxis->tickLabelColor().lightness() < 80);
    }

    // Every widget follows a theme chosen while running: the lever labels, the "?" buttons,
    // the status-quo marks and every chart, on screen or on a hidden tab.
    void liveThemeSwitchRepaintsEveryWidgetAndPlot() {
        MainWindow w;
        w.show();
        QVERIFY(waitForCurrent(w));
        const auto check = [&](bool dark) {
            const auto light = [](const QColor &c) { return c.lightness() > 150; };
            int labels = 0;
            gui::LeverPanel *editor = w.leverEditor();
            for (QLabel *label : editor->findChildren<QLabel *>()) {
                ++labels;
                QVERIFY2(light(label->palette().color(QPalette::WindowText)) == dark,
                         qPrintable(label->text()));
            }
            for (QToolButton *button : editor->findChildren<QToolButton *>())
                QVERIFY(light(button->palette().color(QPalette::ButtonText)) == dark);
            for (auto *slider : editor->findChildren<gui::StatusQuoSlider *>())
                QVERIFY(light(slider->markColor()) == dark);
            // A label per lever and a heading per group (six).
            QCOMPARE(labels, int(core::leverSpecs().size()) + 6);
            for (charts::ChartWidget *chart : w.findChildren<charts::ChartWidget *>()) {
                const QColor corner = chart->plot()->toPixmap(120, 90).toImage().pixelColor(1, 1);
                QVERIFY2(light(corner) != dark, qPrintable(chart->plot()->accessibleName()));
                QVERIFY(light(chart->plot()->xAxis->tickLabelColor()) == dark);
            }
        };
        w.findChild<QAction *>(QStringLiteral("actionTheme_light"))->trigger();
        QCoreApplication::processEvents();
        check(false);
        if (QTest::currentTestFailed())
            return;
        w.findChild<QAction *>(QStringLiteral("actionTheme_dark"))->trigger();
        QCoreApplication::processEvents();
        check(true);
        if (QTest::currentTestFailed())
            return;
        w.findChild<QAction *>(QStringLiteral("actionTheme_light"))->trigger();
        QCoreApplication::processEvents();
        check(false);
        if (QTest::currentTestFailed())
            return;
        w.findChild<QAction *>(QStringLiteral("actionTheme_system"))->trigger();
        QCoreApplication::processEvents();
    }

    // The session copies a policy's summaries from its last snapshot when nothing they
    // depend on changed; the result must be what a fresh session computes.
    void reusedSummariesEqualFreshOnes() {
        MainWindow w;
        analysis::ComparisonRequest request;
        request.question.region = w.document()->region().baseline;
        const core::Policy statusQuo = core::statusQuoPolicy(request.question.region);
        core::Policy a = statusQuo, b = statusQuo;
        b.releaseCashUsd = 2500;
        request.question.policies = {statusQuo, a, b};
        request.question.draws = 200;
        request.snapshotOf = core::Output::PrisonPopulation;
        const auto run = [](gui::AnalysisRunner &runner, const analysis::ComparisonRequest &r) {
            std::shared_ptr<const core::AnalysisSnapshot> result;
            const QMetaObject::Connection connection =
                QObject::connect(&runner, &gui::AnalysisRunner::finished, &runner,
                                 [&](auto snapshot, auto) { result = snapshot; });
            const quint64 serial = runner.request(r);
            if (!QTest::qWaitFor([&] { return result && result->serial == serial; }, 20000))
                result.reset();
            QObject::disconnect(connection);
            return result;
        };
        analysis::Session reusingSession;
        gui::AnalysisRunner reusing(reusingSession);
        run(reusing, request);
        request.question.policies[1].facilityBeds = 250; // A moves; B and the status quo do not
        const auto reused = run(reusing, request);
        const int runsAfterOneMove = reusingSession.counts().policyRuns;
        request.question.weights.weightVictims = 2; // the weights change every verdict
        const auto reweighted = run(reusing, request);
        analysis::Session freshSession;
        gui::AnalysisRunner fresh(freshSession);
        const auto expected = run(fresh, request);
        request.question.weights.weightVictims = 1;
        analysis::Session freshSession2;
        gui::AnalysisRunner fresh2(freshSession2);
        const auto expectedBefore = run(fresh2, request);
        // Three runs for the first request, one for the policy that moved.
        QCOMPARE(runsAfterOneMove, 4);
        QVERIFY(reused && reweighted && expected && expectedBefore);
        for (int p = 0; p < 3; ++p) {
            QCOMPARE(reused->verdicts[p].netValue.mean, expectedBefore->verdicts[p].netValue.mean);
            QCOMPARE(reused->taxpayerCostChange[p].p95, expectedBefore->taxpayerCostChange[p].p95);
            QCOMPARE(reused->yearly[p].back().p50, expectedBefore->yearly[p].back().p50);
            QCOMPARE(reweighted->verdicts[p].netValue.mean, expected->verdicts[p].netValue.mean);
        }
        QVERIFY(reweighted->verdicts[2].netValue.mean != reused->verdicts[2].netValue.mean);
    }

    // The app exports through the same code as leastbad-cli export: the same scenario gives
    // the same chart data, byte for byte.
    void exportWritesWhatTheCommandLineWrites() {
        MainWindow w;
        const QString scenario = examplePath("essay-package-vs-status-quo-US.leastbad");
        QVERIFY(w.openFile(scenario, false).isEmpty());
        QTemporaryDir dir;
        QSignalSpy done(w.exporter(), &gui::ExportController::finished);
        w.exporter()->writeAll(dir.path());
        QVERIFY(done.wait(120000));
        QCOMPARE(done.front().front().toString(), QString()); // no error
        for (const char *name : {"over-time.png", "ledgers.svg", "tornado.pdf", "report.pdf",
                                 "results.json", "regions.csv"})
            QVERIFY2(QFileInfo::exists(dir.filePath(QLatin1String(name))), name);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("frontier.png")))); // not run yet

        QProcess cli;
        const QString fromCli = dir.filePath(QStringLiteral("cli-ledgers.csv"));
        cli.start(QStringLiteral(LEASTBAD_CLI_PATH),
                  {QStringLiteral("export"), QStringLiteral("--scenario"), scenario,
                   QStringLiteral("--chart"), QStringLiteral("ledgers"), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--out"), fromCli});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        QFile a(dir.filePath(QStringLiteral("ledgers.csv"))), b(fromCli);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());

        // A bad target is reported, not shown in a dialog the test would wait on.
        done.clear();
        w.exporter()->writeReport(QStringLiteral("/no/such/folder/report.pdf"));
        QVERIFY(done.wait(120000));
        QVERIFY(done.front().front().toString().contains(QStringLiteral("/no/such/folder")));
    }

    // File > Export > Chart, as a user goes through it: the Export dialog, then the file
    // dialog. The progress dialog of the computation must be gone before the Export
    // dialog opens, and not come back over it once its minimum duration has passed.
    void exportChartCompletesWithNoProgressDialogLeftBehind() {
        MainWindow w;
        w.show();
        QVERIFY(waitForCurrent(w));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledgers.png"));
        bool progressOverExport = false, sawExportDialog = false, sawFileDialog = false;
        QElapsedTimer exportShown;
        QTimer driver;
        QObject::connect(&driver, &QTimer::timeout, &w, [&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (!top->isVisible())
                    continue;
                if (auto *dialog = qobject_cast<gui::ExportDialog *>(top)) {
                    if (!sawExportDialog)
                        exportShown.start();
                    sawExportDialog = true;
                    // Longer than the progress dialog's minimum duration (300 ms).
                    if (exportShown.elapsed() < 800)
                        return;
                    for (QWidget *other : QApplication::topLevelWidgets())
                        progressOverExport =
                            progressOverExport ||
                            (qobject_cast<QProgressDialog *>(other) && other->isVisible());
                    dialog->accept();
                    return;
                }
                if (auto *files = qobject_cast<QFileDialog *>(top)) {
                    sawFileDialog = true;
                    files->selectFile(path);
                    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept is protected
                    return;
                }
            }
        });
        driver.start(50);
        QSignalSpy done(w.exporter(), &gui::ExportController::finished);
        w.exporter()->exportChart(charts::ChartKind::Ledgers);
        QVERIFY(done.wait(120000));
        driver.stop();
        QVERIFY(sawExportDialog && sawFileDialog);
        QVERIFY(!progressOverExport);
        QCOMPARE(done.front().front().toString(), QString()); // no error
        // In the folder chosen (the dialog may keep the name it suggested).
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("*.png")}).isEmpty());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY2(!qobject_cast<QProgressDialog *>(top), "a progress dialog was left behind");
    }

    // Alt+letter must reach one thing only: with two, Qt cycles between them and Alt+F
    // went to the families weight instead of the File menu.
    void mnemonicsAreUniquePerWindowAndAltOpensTheMenus_data() { addLanguageRows(); }
    void mnemonicsAreUniquePerWindowAndAltOpensTheMenus() {
        QFETCH(QString, language);
        i18n::installLanguage(language);
        const auto english = qScopeGuard([] { i18n::installLanguage(QStringLiteral("en")); });
        MainWindow w;
        showAtLaptopSize(w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
        auto *sideTabs = w.findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        QSet<QString> seen;
        for (int side = 0; side < sideTabs->count(); ++side)
            for (int tab = 0; tab < tabs->count(); ++tab) {
                sideTabs->setCurrentIndex(side);
                tabs->setCurrentIndex(tab);
                const QMultiMap<QChar, QString> found = reachableMnemonics(w);
                for (const QString &where : found)
                    seen.insert(where);
                QVERIFY2(collisions(found).isEmpty(),
                         qPrintable(tabs->tabText(tab) + QStringLiteral(": ") + collisions(found)));
            }
        QVERIFY(seen.size() > 10); // the menus, the region, the output and the weights' boxes
        gui::ExportDialog dialog(w.timeSeriesChart());
        dialog.show();
        QVERIFY2(collisions(reachableMnemonics(dialog)).isEmpty(),
                 qPrintable(collisions(reachableMnemonics(dialog))));
        dialog.hide();

        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QList<QAction *> menus = w.menuBar()->actions();
        for (int m : {0, 2, 3}) { // File, View, Help
            const QChar letter = mnemonicOf(menus[m]->text());
            QTest::keyClick(&w, Qt::Key(Qt::Key_A + (letter.unicode() - 'a')), Qt::AltModifier);
            QTRY_VERIFY2(QApplication::activePopupWidget() == menus[m]->menu(),
                         qPrintable(menus[m]->text()));
            QApplication::activePopupWidget()->close();
            QTRY_VERIFY(!QApplication::activePopupWidget());
        }
    }

    // The region box is editable (a search); it must not swallow the window's shortcuts.
    void ctrlEInTheRegionBoxOpensExport() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(waitForCurrent(w));
        auto *region = w.findChild<QComboBox *>(QStringLiteral("regionCombo"));
        region->setFocus();
        QTRY_VERIFY(region->hasFocus());
        // Which keys a line edit claims depends on the platform's key scheme (Ctrl+E is "end
        // of line" on X11, not offscreen); Ctrl+Right ("next word") it claims everywhere. A
        // window command on it must win too.
        QAction command(QStringLiteral("Command"), &w);
        command.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
        w.addAction(&command);
        QSignalSpy triggered(&command, &QAction::triggered);
        region->setFocus();
        QTest::keyClick(region->lineEdit(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        bool exportOpened = false;
        QTimer driver;
        QObject::connect(&driver, &QTimer::timeout, &w, [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<gui::ExportDialog *>(top);
                    dialog && dialog->isVisible()) {
                    exportOpened = true;
                    dialog->reject();
                }
        });
        driver.start(50);
        QTest::keyClick(region->lineEdit(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(exportOpened, 60000);
        // Editing keys stay the box's own: Ctrl+A selects its text, not anything else.
        region->setFocus();
        QTest::keyClick(region->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(region->lineEdit()->selectedText(), region->lineEdit()->text());
    }

    // The policy list: add, duplicate, rename, reorder and remove, each one undo step; the
    // editor follows the selection and the status quo is read-only.
    void policyListEditsAreUndoableAndTheEditorFollowsTheSelection() {
        MainWindow w;
        QVERIFY(
            w.openFile(examplePath("essay-package-vs-status-quo-US.leastbad"), false).isEmpty());
        gui::ScenarioDocument *doc = w.document();
        gui::PolicyList *list = w.policyList();
        const data::Scenario before = doc->scenario();
        QCOMPARE(list->list()->count(), 1 + doc->policyCount()); // the status quo first
        QUndoStack *undo = doc->undoStack();
        const int steps = undo->count();

        list->setCurrentPolicy(0);
        w.findChild<QAction *>(QStringLiteral("actionDuplicatePolicy"))->trigger();
        QCOMPARE(doc->policyCount(), before.policies.size() + 1);
        const int copy = doc->policyCount() - 1;
        QVERIFY(doc->policy(copy) == before.policies[0].policy);
        QCOMPARE(list->currentPolicy(), copy);
        QCOMPARE(doc->policyName(copy), before.policies[0].name + QStringLiteral(" (2)"));
        // The editor shows the copy and edits it, not the original.
        const int police = leverIndex("police_per_100k");
        w.leverEditor()->spinBox(police)->setValue(321);
        QCOMPARE(doc->policy(copy).policePer100k, 321.0);
        QCOMPARE(doc->policy(0).policePer100k, before.policies[0].policy.policePer100k);

        list->list()->item(copy + 1)->setText(QStringLiteral("Copy with police"));
        QCOMPARE(doc->policyName(copy), QStringLiteral("Copy with police"));
        list->moveCurrent(-1);
        QCOMPARE(doc->policyName(copy - 1), QStringLiteral("Copy with police"));
        QCOMPARE(list->currentPolicy(), copy - 1);
        QCOMPARE(w.leverEditor()->spinBox(police)->value(), 321.0);

        list->setCurrentPolicy(-1); // the status quo: shown, not editable
        QVERIFY(!w.leverEditor()->slider(police)->isEnabled());
        QCOMPARE(w.leverEditor()->spinBox(police)->value(), doc->statusQuo().policePer100k);
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionRemovePolicy"))->isEnabled());

        list->setCurrentPolicy(copy - 1);
        w.findChild<QAction *>(QStringLiteral("actionRemovePolicy"))->trigger();
        QCOMPARE(doc->policyCount(), before.policies.size());
        QCOMPARE(undo->count(), steps + 5); // duplicate, lever, rename, move, remove
        while (undo->index() > steps)
            undo->undo();
        QCOMPARE(doc->policyCount(), before.policies.size());
        for (int p = 0; p < doc->policyCount(); ++p) {
            QCOMPARE(doc->policyName(p), before.policies[p].name);
            QVERIFY(doc->policy(p) == before.policies[p].policy);
        }
        QCOMPARE(list->list()->count(), 1 + doc->policyCount());
    }

    // Four policies: a headline column and a chart line each, and all four saved.
    void fourPoliciesAreComparedAndSaved() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(
            w.openFile(examplePath("essay-package-vs-status-quo-US.leastbad"), false).isEmpty());
        gui::ScenarioDocument *doc = w.document();
        while (doc->policyCount() < 4)
            w.policyList()->duplicatePolicy();
        doc->setLever(3, lever("police_per_100k"), 400);
        QVERIFY(waitForCurrent(w));
        QCOMPARE(w.lastSnapshot()->verdicts.size(), std::size_t(5)); // and the status quo
        const QString firstRow = w.headline()->plainText().section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(firstRow.count(QLatin1Char('\t')), 4);
        int means = 0;
        QCustomPlot *plot = w.timeSeriesChart()->plot();
        for (int i = 0; i < plot->graphCount(); ++i)
            means += plot->graph(i)->name().endsWith(QStringLiteral(": mean"));
        QCOMPARE(means, 4);
        const QString path = dir.filePath(QStringLiteral("four.leastbad"));
        QVERIFY(doc->save(path).isEmpty());
        MainWindow reopened;
        QVERIFY(reopened.openFile(path, false).isEmpty());
        QCOMPARE(reopened.document()->policyCount(), 4);
        QCOMPARE(reopened.document()->policy(3).policePer100k, 400.0);
        QCOMPARE(reopened.policyList()->list()->count(), 5);
    }

    void layoutAtLaptopSizeKeepsEveryLeverReachableAndThePlotTall_data() { addLanguageRows(); }
    // At 1280 × 720, in every language: each lever can be scrolled to and lies inside the
    // window, the chart takes at least 45% of the window's height, and the headline's
    // columns are not clipped.
    void layoutAtLaptopSizeKeepsEveryLeverReachableAndThePlotTall() {
        QFETCH(QString, language);
        i18n::installLanguage(language);
        const auto english = qScopeGuard([] { i18n::installLanguage(QStringLiteral("en")); });
        MainWindow w;
        showAtLaptopSize(w);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(
            w.openFile(examplePath("essay-package-vs-status-quo-US.leastbad"), false).isEmpty());
        w.policyList()->duplicatePolicy(); // three policies
        QVERIFY(waitForCurrent(w));
        QTest::qWait(100);
        QCOMPARE(w.size(), QSize(1280, 720));
        auto *scroll = w.findChild<QScrollArea *>(QStringLiteral("leverScroll"));
        QVERIFY(scroll);
        for (std::size_t i = 0; i < core::leverSpecs().size(); ++i) {
            gui::StatusQuoSlider *slider = w.leverEditor()->slider(int(i));
            scroll->ensureWidgetVisible(slider);
            QCoreApplication::processEvents();
            const QRect inViewport(slider->mapTo(scroll->viewport(), QPoint(0, 0)), slider->size());
            QVERIFY2(scroll->viewport()->rect().contains(inViewport),
                     qPrintable(QString::fromUtf8(core::leverSpecs()[i].key.data())));
            const QRect inWindow(slider->mapTo(&w, QPoint(0, 0)), slider->size());
            QVERIFY(w.rect().contains(inWindow));
        }
        QCustomPlot *plot = w.timeSeriesChart()->plot();
        QVERIFY2(plot->height() >= 0.45 * w.height(),
                 qPrintable(QStringLiteral("plot %1 of %2").arg(plot->height()).arg(w.height())));
        // The headline scrolls sideways when its columns do not fit; it never widens the window.
        QVERIFY(w.headline()->geometry().right() < w.width());
        if (const QString folder = qEnvironmentVariable("LEASTBAD_SCREENSHOT_DIR");
            !folder.isEmpty())
            w.grab().save(QStringLiteral("%1/laptop-1280x720-%2.png").arg(folder, language));
    }

    // 50000 typed into the draws box (maximum 20,000) becomes 20,000, and says so; it used
    // to become 5000 without a word.
    void drawsAboveTheMaximumAreClampedVisibly() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSpinBox *draws = nullptr;
        for (QSpinBox *box : w.findChildren<QSpinBox *>())
            if (box->accessibleName() == QStringLiteral("Draws"))
                draws = box;
        QVERIFY(draws);
        QCOMPARE(draws->maximum(), 20000);
        draws->setFocus();
        draws->selectAll();
        QTest::keyClicks(draws, QStringLiteral("50000"));
        QTest::keyClick(draws, Qt::Key_Return);
        QCOMPARE(draws->value(), 20000);
        QCOMPARE(w.document()->scenario().draws, 20000);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("20,000")),
                 qPrintable(w.statusBar()->currentMessage()));
        w.document()->undoStack()->undo(); // back to few draws before the window closes
    }

    // Save dialogs suggest the region and the policy in the name, start in the documents
    // folder on a first run and then in the folder last used.
    void fileDialogsRememberTheFolderAndNameTheExport() {
        QSettings().remove(QStringLiteral("dialogs/lastFolder"));
        QCOMPARE(gui::startFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        const QString firstFolder = gui::startFolder();
        MainWindow w;
        QVERIFY(
            w.openFile(examplePath("essay-package-vs-status-quo-US.leastbad"), false).isEmpty());
        QTemporaryDir dir;
        QString suggested, startedIn;
        QTimer driver;
        QObject::connect(&driver, &QTimer::timeout, &w, [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *files = qobject_cast<QFileDialog *>(top); files && files->isVisible()) {
                    startedIn = files->directory().absolutePath();
                    suggested = files->selectedFiles().value(0);
                    files->selectFile(dir.filePath(QStringLiteral("out.json")));
                    static_cast<QDialog *>(files)->accept();
                }
        });
        driver.start(50);
        QSignalSpy done(w.exporter(), &gui::ExportController::finished);
        w.exporter()->exportResults();
        QVERIFY(done.wait(120000));
        const QString policy = gui::fileNamePart(w.document()->scenario().policies[0].name);
        QVERIFY(!policy.isEmpty());
        QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("results-US-%1.json").arg(policy));
        if (QFileInfo(firstFolder).isDir()) // the dialog opened in it, not the working directory
            QCOMPARE(QFileInfo(suggested).absolutePath(),
                     QFileInfo(firstFolder).absoluteFilePath());
        QCOMPARE(gui::startFolder(), QFileInfo(dir.path()).absoluteFilePath()); // remembered
        QCOMPARE(done.front().front().toString(), QString());
        // The file went into the folder chosen (the dialog may keep the suggested name).
        QVERIFY2(!QDir(dir.path()).entryList({QStringLiteral("*.json")}).isEmpty(),
                 qPrintable(done.front().at(1).toString()));
        QSettings().remove(QStringLiteral("dialogs/lastFolder"));
    }

    // A first run (no saved geometry) opens at most 90% of the screen.
    void firstRunFitsTheScreen() {
        QSettings().remove(QStringLiteral("window/geometry"));
        MainWindow w;
        const QSize room = w.screen()->availableGeometry().size();
        QVERIFY2(w.width() <= room.width() * 0.9 + 1 && w.height() <= room.height() * 0.9 + 1,
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(w.width())
                                .arg(w.height())
                                .arg(room.width())
                                .arg(room.height())));
    }

    void copyChartPutsTheExportedImageOnTheClipboard() {
        MainWindow w;
        QVERIFY(waitForCurrent(w));
        QApplication::clipboard()->clear();
        QSignalSpy done(w.exporter(), &gui::ExportController::finished);
        w.exporter()->copyChartImage(charts::ChartKind::Ledgers);
        QVERIFY(done.wait(120000));
        QCOMPARE(done.front().front().toString(), QString());
        const QImage image = QApplication::clipboard()->image();
        QCOMPARE(image.size(), QSize(2400, 1350));        // the social preset at 2×
        QCOMPARE(image.pixel(5, 5), qRgb(255, 255, 255)); // black on white, whatever the theme
    }

    void exportDialogPrefillsTheTitleAndPreviews() {
        charts::TimeSeriesChart chart;
        gui::MainWindow w;
        QVERIFY(waitForCurrent(w));
        chart.showSnapshot(*w.lastSnapshot(), analysis::chartContext(w.document()->scenario(),
                                                                     w.document()->region()));
        gui::ExportDialog dialog(&chart);
        QLineEdit *title = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->accessibleName() == QStringLiteral("Title"))
                title = edit;
        QVERIFY(title);
        QCOMPARE(title->text(), chart.defaultTitle());
        QCOMPARE(dialog.options().title, QString()); // unchanged: the chart's own
        title->setText(QStringLiteral("Fewer people in prison"));
        QCOMPARE(dialog.options().title, QStringLiteral("Fewer people in prison"));
        QCOMPARE(dialog.options().size.pixels, QSize(1920, 1080));
        bool previewed = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            previewed = previewed || (label->accessibleName() == QStringLiteral("Preview") &&
                                      !label->pixmap().isNull());
        QVERIFY(previewed);
    }

    void menusFollowTheLanguage() {
        for (const QString &code : {QStringLiteral("nl"), QStringLiteral("es")}) {
            i18n::installLanguage(code);
            {
                MainWindow w;
                const QString file = test::translationOf(code, QStringLiteral("MainWindow"),
                                                         QStringLiteral("&File"));
                QVERIFY(!file.isEmpty());
                QCOMPARE(w.menuBar()->actions().first()->text(), file);
                QCOMPARE(QLocale().language(), QLocale(code).language());
            }
            i18n::installLanguage(QStringLiteral("en"));
        }
        MainWindow english;
        QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void aboutShowsVersionAndLicence() {
        gui::AboutDialog about;
        const QString text =
            about.findChild<QLabel *>(QStringLiteral("titleLabel"))->text() +
            about.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"))->toPlainText();
        QVERIFY(text.contains(QString::fromLatin1(kVersion)));
        QVERIFY(text.contains(QStringLiteral("General Public License")));
        QVERIFY(text.contains(QStringLiteral("QCustomPlot")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
