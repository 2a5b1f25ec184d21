// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "analysis/coretexts.h"
#include "analysis/numbertext.h"
#include "analysis/scenariorequests.h"
#include "app/aboutdialog.h"
#include "app/decisionpanel.h"
#include "app/diagnosticspanel.h"
#include "app/exportcontroller.h"
#include "app/filedialogs.h"
#include "app/frontierpanel.h"
#include "app/headlinestrip.h"
#include "app/leverpanel.h"
#include "app/plainmessage.h"
#include "app/policylist.h"
#include "app/regionspanel.h"
#include "app/shortcutpriority.h"
#include "app/theme.h"
#include "app/veraimportaction.h"
#include "app/weightspanel.h"
#include "app/welcomedialog.h"
#include "charts/analysischarts.h"
#include "charts/chartwidget.h"
#include "charts/palette.h"
#include "data/policyfile.h"
#include "ui_mainwindow.h"

#include <leastbad/version.h>

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <functional>

namespace leastbad::gui {

namespace {

// A submenu of exclusive choices (key, label) with the current key checked. Each action is
// named namePrefix + key, so tests can find it; `chosen` gets the key.
void addChoiceMenu(QMenu *parent, const QString &title, const QString &namePrefix,
                   const QString &current, const QList<std::pair<QString, QString>> &choices,
                   const std::function<void(const QString &)> &chosen) {
    QMenu *menu = parent->addMenu(title);
    auto *group = new QActionGroup(menu);
    for (const auto &[key, label] : choices) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(key == current);
        action->setObjectName(namePrefix + key);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [chosen, key = key] { chosen(key); });
    }
}

constexpr int kMaxRecentFiles = 8;

// A tab whose panel needs more height than a laptop's window leaves it (the frontier's
// six plots, the tile map) scrolls, rather than making the window taller than the screen.
QWidget *scrolling(QWidget *panel) {
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(panel);
    return area;
}

const core::Output kTimeSeriesOutputs[] = {
    core::Output::PrisonPopulation,
    core::Output::CrimesViolent,
    core::Output::Homicides,
    core::Output::Victimizations,
    core::Output::AssaultsInPrison,
    core::Output::WellbeingYearsLost,
    core::Output::LifeYearsLostIncarceration,
    core::Output::LifeYearsSavedHomicide,
    core::Output::CostTaxpayersUsd,
    core::Output::CostVictimsUsd,
    core::Output::CostTotalUsd,
    core::Output::Readmissions,
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_runner(m_session) {
    m_ui->setupUi(this);
    setAcceptDrops(true);

    m_headline = new HeadlineStrip(this);
    m_ui->headlineLayout->addWidget(m_headline);
    m_charts = {new charts::TimeSeriesChart(this), new charts::LedgerChart(this),
                new charts::NetValueChart(this), new charts::TornadoChart(this)};
    m_frontier = new FrontierPanel(&m_doc, &m_session, this);
    m_regions = new RegionsPanel(&m_doc, &m_session, this);
    m_diagnostics = new DiagnosticsPanel(&m_doc, this);
    m_decision = new DecisionPanel(&m_doc, &m_session, this);
    // The tabs carry no mnemonics: the window's letters go to the menus (Alt+F, Alt+V,
    // Alt+H) and to the boxes beside them. View > Chart reaches each tab by Ctrl+1 to Ctrl+7.
    const std::pair<QWidget *, QString> tabs[] = {
        {m_charts[0], tr("&Over time")},          {m_charts[1], tr("&Who gains, who pays")},
        {m_charts[2], tr("&Net value")},          {m_charts[3], tr("&Tornado")},
        {scrolling(m_frontier), tr("&Frontier")}, {scrolling(m_regions), tr("&Regions")},
        {m_diagnostics, tr("Per &unit")},         {scrolling(m_decision), tr("&Decision")}};
    QMenu *chartMenu = m_ui->menuView->addMenu(tr("&Chart"));
    chartMenu->setObjectName(QStringLiteral("menuChart"));
    for (int i = 0; i < int(std::size(tabs)); ++i) {
        m_ui->chartTabs->addTab(tabs[i].first, QString(tabs[i].second).remove(QLatin1Char('&')));
        QAction *show = chartMenu->addAction(tabs[i].second);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(show, &QAction::triggered, this,
                [this, i] { m_ui->chartTabs->setCurrentIndex(i); });
    }
    m_ui->menuView->addSeparator();
    m_export = new ExportController(
        {&m_doc, &m_session, m_frontier,
         [this] { return core::Output(m_ui->outputCombo->currentData().toInt()); },
         [this] { return m_policyList ? m_policyList->currentPolicy() : 0; }},
        this);
    for (std::size_t i = 0; i < m_charts.size(); ++i)
        m_export->addContextMenu(m_charts[i], charts::allCharts()[i]);
    m_export->addContextMenu(m_frontier->chart(), charts::ChartKind::Frontier);
    m_export->addContextMenu(m_regions->chart(), charts::ChartKind::Regions);
    connect(m_export, &ExportController::finished, this,
            [this](const QString &error, const QString &summary) {
                statusBar()->showMessage(error.isEmpty() ? summary : error, 5000);
            });

    setUpPolicyEditor();
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({380, 900});

    connect(m_ui->chartTabs, &QTabWidget::currentChanged, this, [this] {
        auto *chart = qobject_cast<charts::AnalysisChart *>(m_ui->chartTabs->currentWidget());
        if (chart == m_charts[3] &&
            (!m_last || !m_last->tornado || m_last->tornadoPolicy != tornadoPolicy())) {
            requestAnalysis(); // the tornado is computed only when asked for
            return;
        }
        if (chart && m_last && chart->property("stale").toBool()) {
            chart->showSnapshot(*m_last, chartContext());
            chart->setProperty("stale", false);
        }
    });
    setUpMenus();
    setUpRegions();
    setUpOutputs();
    setUpExamples();

    connect(m_weights, &WeightsPanel::weightsEdited, this,
            [this](const core::MoralWeights &w) { m_doc.setWeights(w); });
    connect(m_weights, &WeightsPanel::drawsEdited, this,
            [this](int draws) { m_doc.setDraws(draws); });
    connect(m_weights, &WeightsPanel::drawsClamped, this, [this](int asked, int maximum) {
        const QLocale locale = analysis::displayLocale();
        const QString message = tr("At most %1 draws: %2 was taken as %1.")
                                    .arg(locale.toString(maximum), locale.toString(asked));
        statusBar()->showMessage(message, 8000);
        QToolTip::showText(m_weights->mapToGlobal(m_weights->rect().bottomLeft()), message,
                           m_weights);
    });
    connect(&m_doc, &ScenarioDocument::changed, this, &MainWindow::refreshFromDocument);
    connect(&m_doc, &ScenarioDocument::regionChanged, this, &MainWindow::refreshRegionInfo);
    connect(&m_doc, &ScenarioDocument::filePathChanged, this, &MainWindow::refreshFromDocument);
    connect(&m_runner, &AnalysisRunner::finished, this, &MainWindow::showSnapshot);

    restoreSettings();
    m_doc.undoStack()->clear(); // remembered settings are not edits
    m_doc.undoStack()->setClean();
    refreshRegionInfo();
    refreshFromDocument();
    // Last, when every text box exists.
    new ShortcutPriority(this);
}

void MainWindow::fitFirstRunSize() {
    // The form's 1440 × 900, or at most 90% of the screen: a 1280 × 720 laptop opened it
    // with Policy B and the bottom of the chart off-screen.
    const QScreen *on = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!on)
        return;
    const QRect room = on->availableGeometry();
    const QSize size = QSize(1440, 900).boundedTo(room.size() * 0.9);
    resize(size);
    move(room.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::followTheme() {
    // A widget with a style sheet (the policy boxes' coloured titles, the headline's
    // names) resolved its palette, and its children's, when the sheet was set: without
    // setting it again they kept the old theme's text colour (black on dark grey).
    for (QWidget *widget : findChildren<QWidget *>())
        if (!widget->styleSheet().isEmpty())
            widget->setStyleSheet(widget->styleSheet());
    // Charts on hidden tabs draw with the new palette too, not only when next shown.
    for (charts::ChartWidget *chart : findChildren<charts::ChartWidget *>())
        chart->applyPalette();
    m_frontier->redraw();
    m_regions->redraw();
    m_decision->redraw();
    // A rich-text label laid out its links in the old theme's link colour (dark blue on
    // dark grey); setting the same text again is a no-op, so it is cleared first.
    for (QLabel *label : findChildren<QLabel *>())
        if (label->text().contains(QLatin1String("<a "))) {
            const QString text = label->text();
            label->clear();
            label->setText(text);
        }
    for (QWidget *widget : findChildren<QWidget *>())
        widget->update();
}

MainWindow::~MainWindow() {
    // The document outlives the runner it would ask for work as its undo stack winds down.
    disconnect(&m_doc, nullptr, this, nullptr);
    // The tabs' and the exports' background jobs ask the session and read the document:
    // they are cancelled and joined (their destructors) before those members go, rather
    // than when QWidget deletes its children, after them.
    delete m_export;
    delete m_frontier;
    delete m_regions;
    delete m_diagnostics;
    delete m_decision;
}

void MainWindow::setUpMenus() {
    QAction *undo = m_doc.undoStack()->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_doc.undoStack()->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->insertAction(m_ui->menuEdit->actions().value(0), undo);
    m_ui->menuEdit->insertAction(m_ui->menuEdit->actions().value(1), redo);

    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionSave->setShortcut(QKeySequence::Save);
    m_ui->actionSaveAs->setShortcut(QKeySequence::SaveAs);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionCopyChart->setShortcut(QKeySequence::Copy);
    m_ui->actionUserGuide->setShortcut(QKeySequence::HelpContents);

    connect(m_ui->regionInfoLabel, &QLabel::linkActivated, this, &MainWindow::showRegionDetails);
    connect(m_ui->actionNew, &QAction::triggered, this, [this] {
        if (maybeSave())
            m_doc.newScenario();
    });
    connect(m_ui->actionOpen, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString path =
            getOpenFileName(this, tr("Open Scenario"),
                            tr("LeastBad scenarios (*.leastbad);;Policy files (*.json)"));
        if (!path.isEmpty())
            openFile(path, true);
    });
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->actionOpenPolicy, &QAction::triggered, this, &MainWindow::loadPolicyFile);
    connect(m_ui->actionImportVera, &QAction::triggered, this, [this] { importVeraFile(this); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionCopyChart, &QAction::triggered, this, [this] {
        m_export->copyChartImage(currentChartKind().value_or(charts::ChartKind::OverTime), true);
    });
    m_export->fillMenu(m_ui->menuExport, [this] { return currentChartKind(); });
    connect(m_ui->actionAddPolicy, &QAction::triggered, m_policyList, &PolicyList::addPolicy);
    connect(m_ui->actionDuplicatePolicy, &QAction::triggered, m_policyList,
            &PolicyList::duplicatePolicy);
    connect(m_ui->actionRemovePolicy, &QAction::triggered, m_policyList, &PolicyList::removePolicy);
    connect(m_ui->actionResetPolicy, &QAction::triggered, this, [this] {
        if (m_policyList->currentPolicy() >= 0)
            m_doc.resetPolicy(m_policyList->currentPolicy());
    });
    connect(m_ui->actionResetZoom, &QAction::triggered, this, [this] {
        if (m_last)
            showSnapshot(m_last, m_lastResult);
    });
    connect(m_ui->actionShowStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);
    // Language: saved, and used from the next start (most of the window is built once).
    addChoiceMenu(m_ui->menuView, tr("&Language"), QStringLiteral("actionLanguage_"),
                  QSettings().value(QStringLiteral("language")).toString(),
                  {{QString(), tr("System")},
                   {QStringLiteral("en"), QStringLiteral("English")},
                   {QStringLiteral("nl"), QStringLiteral("Nederlands")},
                   {QStringLiteral("es"), QStringLiteral("Español")}},
                  [this](const QString &code) {
                      QSettings().setValue(QStringLiteral("language"), code);
                      QMessageBox::information(
                          this, tr("Language"),
                          tr("The language changes when LeastBad starts again."));
                  });
    // Theme: applied at once; main() applies the saved one at start-up.
    addChoiceMenu(m_ui->menuView, tr("&Theme"), QStringLiteral("actionTheme_"),
                  themeKey(themeFromKey(QSettings().value(QStringLiteral("theme")).toString())),
                  {{themeKey(Theme::System), tr("Follow the system")},
                   {themeKey(Theme::Light), tr("Light")},
                   {themeKey(Theme::Dark), tr("Dark")}},
                  [this](const QString &key) {
                      QSettings().setValue(QStringLiteral("theme"), key);
                      applyTheme(themeFromKey(key));
                      followTheme();
                      // The status-quo line takes the text colour, so the charts are redrawn, after
                      // the palette-change events that applyTheme posted have reached them.
                      QMetaObject::invokeMethod(
                          this,
                          [this] {
                              if (m_last)
                                  showSnapshot(m_last, m_lastResult);
                          },
                          Qt::QueuedConnection);
                  });
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_ui->actionWelcome, &QAction::triggered, this, &MainWindow::showWelcome);
    connect(m_ui->actionModelHelp, &QAction::triggered, this,
            [this] { showDocument(QStringLiteral(":/docs/MODEL.md"), tr("How the model works")); });
    connect(m_ui->actionValidationHelp, &QAction::triggered, this, [this] {
        showDocument(QStringLiteral(":/docs/VALIDATION.md"),
                     tr("Validation: the model against published natural experiments and "
                        "history"));
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    rebuildRecentMenu();
}

void MainWindow::setUpRegions() {
    QComboBox *combo = m_ui->regionCombo;
    const data::Dataset &dataset = m_doc.dataset();
    // Countries first (the US at the top), then US states, each group sorted by name.
    QList<const data::RegionRow *> countries, states;
    for (const data::RegionRow &r : dataset.content().regions)
        (r.kind == QStringLiteral("country") ? countries : states).append(&r);
    auto byName = [](const data::RegionRow *a, const data::RegionRow *b) {
        if ((a->code == QStringLiteral("US")) != (b->code == QStringLiteral("US")))
            return a->code == QStringLiteral("US");
        return a->name < b->name;
    };
    std::sort(countries.begin(), countries.end(), byName);
    std::sort(states.begin(), states.end(), byName);
    for (const data::RegionRow *r : countries)
        combo->addItem(r->name, r->code);
    combo->insertSeparator(combo->count());
    for (const data::RegionRow *r : states)
        combo->addItem(tr("%1 (US state)").arg(r->name), r->code);
    // The year picker: the latest value of each input, or the data as of a year the
    // dataset has values for.
    QSet<int> years;
    for (const data::ValueRow &v : dataset.content().values)
        years.insert(v.year);
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QComboBox *yearCombo = m_ui->yearCombo;
    yearCombo->addItem(tr("Latest data"), 0);
    for (int year : sorted)
        yearCombo->addItem(tr("As of %1").arg(year), year);
    connect(yearCombo, &QComboBox::activated, this, [this, yearCombo](int index) {
        const int year = yearCombo->itemData(index).toInt();
        if (year == m_doc.scenario().year)
            return;
        const QString error = m_doc.setYear(year);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot use this year"), error);
    });
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(combo, &QComboBox::activated, this, [this, combo](int index) {
        const QString code = combo->itemData(index).toString();
        if (code.isEmpty() || code == m_doc.scenario().region)
            return;
        const QString error = m_doc.setRegion(code);
        if (!error.isEmpty())
            showPlainMessage(this, QMessageBox::Warning, tr("Cannot use this region"), error);
    });
}

void MainWindow::setUpOutputs() {
    for (core::Output o : kTimeSeriesOutputs)
        m_ui->outputCombo->addItem(analysis::outputLabel(core::outputSpec(o)), int(o));
    connect(m_ui->outputCombo, &QComboBox::currentIndexChanged, this, &MainWindow::requestAnalysis);
}

void MainWindow::setUpExamples() {
    const QDir examples(QStringLiteral(":/scenarios"));
    for (const QFileInfo &file :
         examples.entryInfoList({QStringLiteral("*.leastbad")}, QDir::Files, QDir::Name)) {
        QAction *action = m_ui->menuExamples->addAction(exampleTitle(file.completeBaseName()));
        connect(action, &QAction::triggered, this, [this, path = file.filePath()] {
            if (maybeSave())
                openFile(path, true);
        });
    }
}

analysis::ChartContext MainWindow::chartContext() const {
    return analysis::chartContext(m_doc.scenario(), m_doc.region(), false);
}

void MainWindow::refreshRegionInfo() {
    const data::RegionRecord &region = m_doc.region();
    int fallback = 0, assumption = 0, derived = 0;
    QStringList borrowed;
    for (const data::ValueProvenance &p : region.provenance) {
        using O = data::ValueProvenance::Origin;
        fallback += p.origin == O::Fallback;
        assumption += p.origin == O::Assumption;
        derived += p.origin == O::Derived;
        if (p.origin == O::Fallback || p.origin == O::Assumption)
            borrowed << analysis::inputLabel(p.field);
    }
    int later = 0;
    for (const data::ValueProvenance &p : region.provenance)
        later += p.laterThanAsOfYear;
    const QString asOf = region.asOfYear == 0 ? QString()
                         : later == 0
                             ? tr("As of %1. ").arg(region.asOfYear)
                             : tr("As of %1 (%2 inputs have no value that early: their earliest is "
                                  "used). ")
                                   .arg(region.asOfYear)
                                   .arg(later);
    m_ui->regionInfoLabel->setText(
        asOf +
        tr("Data year %1. Of %2 inputs: %3 fallback from a parent "
           "region, <b>%4 assumed</b> from the United States, "
           "%5 derived. <a href=\"#\">Details</a>")
            .arg(region.baseline.dataYear)
            .arg(region.provenance.size())
            .arg(fallback)
            .arg(assumption)
            .arg(derived) +
        (region.notes.empty() ? QString()
                              : QStringLiteral("<br>") +
                                    QString::fromStdString(region.notes.front()).toHtmlEscaped()));
    m_ui->regionInfoLabel->setToolTip(tr("Borrowed: %1").arg(borrowed.join(QStringLiteral(", "))));
    QComboBox *combo = m_ui->regionCombo;
    const int index = combo->findData(QString::fromStdString(region.baseline.code));
    if (index >= 0)
        combo->setCurrentIndex(index);
    const int yearIndex = m_ui->yearCombo->findData(region.asOfYear);
    if (yearIndex >= 0)
        m_ui->yearCombo->setCurrentIndex(yearIndex);
}

namespace {

// A whole number as the dataset stores it ("705749") with thousands separators in the
// user's locale ("705,749"); anything else as it is.
QString readableValue(const std::string &value) {
    const QString text = QString::fromStdString(value);
    bool whole = false;
    const qlonglong n = text.toLongLong(&whole);
    return whole ? analysis::count(double(n)) : text;
}

} // namespace

void MainWindow::showRegionDetails() {
    {
        const data::RegionRecord &region = m_doc.region();
        QString html;
        for (const std::string &note : region.notes)
            html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(QString::fromStdString(note).toHtmlEscaped());
        if (region.asOfYear)
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("As of %1: each input takes its latest value at or before %1; a "
                                "year marked * has no earlier value, so its earliest is used.")
                                 .arg(region.asOfYear));
        html += QStringLiteral("<table "
                               "cellpadding='3'><tr><th>input</th><th>published</th><th>year</"
                               "th><th>origin</th><th>evidence</th><th>source</th></tr>");
        std::vector<data::ValueProvenance> rows = region.provenance;
        const std::size_t inputs = rows.size();
        rows.insert(rows.end(), region.published.begin(), region.published.end());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const data::ValueProvenance &p = rows[i];
            if (i == inputs)
                html += QStringLiteral("<tr><th colspan='6' align='left'>%1</th></tr>")
                            .arg(tr("Published figures the model does not take as inputs"));
            using O = data::ValueProvenance::Origin;
            const QString origin =
                p.origin == O::Own        ? tr("own")
                : p.origin == O::Fallback ? tr("fallback: %1").arg(QString::fromStdString(p.from))
                : p.origin == O::Assumption
                    ? tr("<b>assumption: %1 value</b>").arg(QString::fromStdString(p.from))
                    : tr("derived");
            html += QStringLiteral("<tr><td>%1</td><td>%2 "
                                   "%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                        .arg(analysis::inputLabel(p.field).toHtmlEscaped(), readableValue(p.value),
                             QString::fromStdString(p.unit))
                        .arg(QString(QString::number(p.year) +
                                     (p.laterThanAsOfYear ? QStringLiteral("*") : QString())))
                        .arg(origin, analysis::evidenceKind(p.status),
                             QString::fromStdString(p.source).toHtmlEscaped());
        }
        QDialog dialog(this);
        dialog.setWindowTitle(
            tr("Inputs for %1").arg(QString::fromStdString(region.baseline.name)));
        auto *layout = new QVBoxLayout(&dialog);
        auto *browser = new QTextBrowser(&dialog);
        browser->setHtml(html + QStringLiteral("</table>"));
        layout->addWidget(browser);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog.resize(1000, 600);
        dialog.exec();
    }
}

void MainWindow::setUpPolicyEditor() {
    m_weights = new WeightsPanel(this);
    m_ui->weightsLayout->addWidget(m_weights);
    m_ui->weightsLayout->addStretch(1);
    m_policyList = new PolicyList(&m_doc, this);
    m_ui->policiesLayout->addWidget(m_policyList);
    auto *header = new QHBoxLayout;
    m_leverHeading = new QLabel(this);
    m_leverHeading->setTextFormat(Qt::PlainText); // a policy's name is the user's text
    m_leverHeading->setWordWrap(true);
    m_resetPolicy = new QPushButton(tr("Reset to status quo"), this);
    header->addWidget(m_leverHeading, 1);
    header->addWidget(m_resetPolicy);
    m_ui->policiesLayout->addLayout(header);
    // The levers scroll, not the window: every lever stays reachable on a small screen
    // and the charts keep their height.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("leverScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_levers = new LeverPanel(scroll);
    scroll->setWidget(m_levers);
    m_ui->policiesLayout->addWidget(scroll, 1);
    connect(m_resetPolicy, &QPushButton::clicked, this, [this] {
        if (m_policyList->currentPolicy() >= 0)
            m_doc.resetPolicy(m_policyList->currentPolicy());
    });
    connect(m_levers, &LeverPanel::leverEdited, this,
            [this](const core::LeverSpec *lever, double value, int dragId) {
                const int p = m_policyList->currentPolicy();
                if (p >= 0)
                    m_doc.setLever(p, *lever, value, dragId);
            });
    connect(m_policyList, &PolicyList::currentPolicyChanged, this, &MainWindow::showCurrentPolicy);
    connect(m_policyList, &PolicyList::currentPolicyChanged, m_decision,
            [this](int index) { m_decision->setSelectedPolicy(std::max(index, 0)); });
    // The tornado, the regions and the per-unit effects describe the selected policy.
    connect(m_policyList, &PolicyList::currentPolicyChanged, m_regions,
            &RegionsPanel::setSelectedPolicy);
    connect(m_policyList, &PolicyList::currentPolicyChanged, m_diagnostics,
            &DiagnosticsPanel::setSelectedPolicy);
    connect(m_policyList, &PolicyList::currentPolicyChanged, this, [this] {
        if (m_ui->chartTabs->currentWidget() == m_charts[3] && m_last &&
            m_last->tornadoPolicy != tornadoPolicy())
            requestAnalysis();
    });
    // A point of the frontier joins the list as a policy of its own, selected for editing.
    connect(m_frontier, &FrontierPanel::addPolicyRequested, this,
            [this](const core::Policy &policy, const QString &name) {
                const int added = m_doc.addPolicy(m_doc.unusedName(name), policy);
                m_policyList->setCurrentPolicy(added);
                m_notice =
                    tr("Added “%1” to your policies; %2 takes it out again.")
                        .arg(m_doc.policyName(added),
                             QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
                statusBar()->showMessage(m_notice, 10000);
            });
}

LeverPanel *MainWindow::editPolicy(int index) {
    m_policyList->setCurrentPolicy(index);
    return m_levers;
}

void MainWindow::showCurrentPolicy() {
    const int p = m_policyList->currentPolicy();
    const core::Policy statusQuo = m_doc.statusQuo();
    m_levers->setValues(p >= 0 ? m_doc.policy(p) : statusQuo, statusQuo);
    m_levers->setEditable(p >= 0);
    m_levers->setPolicyName(p >= 0 ? m_doc.policyName(p) : tr("Status quo"));
    m_leverHeading->setText(p >= 0 ? tr("Levers of %1").arg(m_doc.policyName(p))
                                   : tr("The status quo's levers (read-only)"));
    const QColor color = p >= 0 ? charts::policyColor(p) : charts::statusQuoColor(palette());
    // Only on a change: setting a style sheet polishes the widget again, and this runs at
    // every step of a dragged slider.
    const QString sheet =
        QStringLiteral("QLabel { font-weight: bold; color: %1; }").arg(color.name());
    if (sheet != m_leverHeading->styleSheet())
        m_leverHeading->setStyleSheet(sheet);
    m_resetPolicy->setEnabled(p >= 0);
    m_ui->actionResetPolicy->setEnabled(p >= 0);
    m_ui->actionRemovePolicy->setEnabled(p >= 0 && m_doc.policyCount() > 1);
}

int MainWindow::policyToReplace() {
    const int current = m_policyList->currentPolicy();
    if (current >= 0)
        return current;
    const int added = m_doc.addPolicy();
    m_policyList->setCurrentPolicy(added);
    return added;
}

// The window, tab and output last used, and the region, year and draws of the last session.
void MainWindow::restoreSettings() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        fitFirstRunSize();
    m_ui->mainSplitter->restoreState(
        settings.value(QStringLiteral("window/splitter2")).toByteArray());
    m_ui->chartTabs->setCurrentIndex(settings.value(QStringLiteral("window/chartTab"), 0).toInt());
    m_ui->outputCombo->setCurrentIndex(
        settings.value(QStringLiteral("window/timeSeriesOutput"), 0).toInt());
    const QString lastRegion = settings.value(QStringLiteral("scenario/region")).toString();
    if (!lastRegion.isEmpty() && lastRegion != QStringLiteral("US"))
        m_doc.setRegion(lastRegion);
    const int lastYear = settings.value(QStringLiteral("scenario/year"), 0).toInt();
    if (lastYear >= 1900 && lastYear <= 2100)
        m_doc.setYear(lastYear);
    const int lastDraws = settings.value(QStringLiteral("scenario/draws"), 0).toInt();
    if (lastDraws >= 100 && lastDraws <= 20000 && lastDraws != m_doc.scenario().draws)
        m_doc.setDraws(lastDraws);
}

void MainWindow::refreshFromDocument() {
    showCurrentPolicy();
    m_weights->setWeights(m_doc.scenario().weights, m_doc.scenario().draws);
    const QString name =
        m_doc.filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_doc.filePath()).fileName();
    setWindowTitle(tr("%1[*] — %2 — LeastBad")
                       .arg(name, QString::fromStdString(m_doc.region().baseline.name)));
    setWindowModified(m_doc.isModified());
    requestAnalysis();
}

void MainWindow::requestAnalysis() {
    // The tornado costs ~200 runs: only while it is on screen.
    m_lastRequest = m_runner.request(analysis::snapshotRequest(
        m_doc.scenario(), m_doc.region().baseline,
        core::Output(m_ui->outputCombo->currentData().toInt()),
        m_ui->chartTabs->currentWidget() == m_charts[3], tornadoPolicy() - 1));
}

int MainWindow::tornadoPolicy() const {
    return std::max(analysis::describedPolicy(m_doc.scenario(), m_policyList->currentPolicy()), 0) +
           1;
}

void MainWindow::showSnapshot(const std::shared_ptr<const analysis::AnalysisSnapshot> &snapshot,
                              const std::shared_ptr<const analysis::ComparisonResult> &result) {
    if (m_last && snapshot->serial < m_last->serial)
        return; // an older result arriving late
    m_last = snapshot;
    m_lastResult = result;
    // Only the chart on screen is redrawn now; the others when their tab is shown.
    const analysis::ChartContext context = chartContext();
    auto *visible = qobject_cast<charts::AnalysisChart *>(m_ui->chartTabs->currentWidget());
    for (charts::AnalysisChart *chart : m_charts) {
        if (chart == visible)
            chart->showSnapshot(*snapshot, context);
        chart->setProperty("stale", chart != visible);
    }
    m_headline->showSnapshot(snapshot, context.policyNames, m_doc.scenario().weights.horizonYears);
    if (m_notice.isEmpty() || statusBar()->currentMessage() != m_notice)
        statusBar()->showMessage(tr("%1: %2 draws in %3 ms")
                                     .arg(QString::fromStdString(m_doc.region().baseline.name))
                                     .arg(snapshot->draws)
                                     .arg(snapshot->computeMilliseconds, 0, 'f', 0));
    emit snapshotShown(snapshot->serial);
}

QString MainWindow::openFile(const QString &path, bool interactive) {
    QString error;
    QStringList warnings;
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        const data::PolicyReadResult read = data::readPolicyFile(path, m_doc.region().baseline);
        if (read.ok())
            m_doc.setPolicy(policyToReplace(), read->policy, read->name);
        else
            error = read.errorText();
    } else {
        error = m_doc.open(path, &warnings);
        if (error.isEmpty() && !path.startsWith(QLatin1Char(':')))
            addRecentFile(path);
    }
    if (interactive && !error.isEmpty())
        showPlainMessage(this, QMessageBox::Warning, tr("Cannot open"), error);
    if (interactive && !warnings.isEmpty())
        showPlainMessage(this, QMessageBox::Information, tr("Opened with warnings"),
                         warnings.join(QLatin1Char('\n')));
    return error;
}

void MainWindow::loadPolicyFile() {
    const QString path = getOpenFileName(this, tr("Load Policy File"), tr("Policy files (*.json)"));
    if (path.isEmpty())
        return;
    const data::PolicyReadResult read = data::readPolicyFile(path, m_doc.region().baseline);
    if (!read.ok()) {
        showPlainMessage(this, QMessageBox::Warning, tr("Cannot load policy"), read.errorText());
        return;
    }
    m_doc.setPolicy(policyToReplace(), read->policy, read->name);
}

bool MainWindow::save() {
    if (m_doc.filePath().isEmpty() || m_doc.filePath().startsWith(QLatin1Char(':')))
        return saveAs();
    const QString error = m_doc.save(m_doc.filePath());
    if (!error.isEmpty()) {
        showPlainMessage(this, QMessageBox::Warning, tr("Cannot save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_doc.filePath()), 3000);
    return true;
}

QString MainWindow::saveName() const {
    if (!m_doc.filePath().isEmpty() && !m_doc.filePath().startsWith(QLatin1Char(':')))
        return QFileInfo(m_doc.filePath()).fileName();
    QStringList parts{m_doc.scenario().region};
    for (const data::NamedPolicy &p : m_doc.scenario().policies)
        parts << fileNamePart(p.name);
    parts.removeAll(QString());
    return parts.join(QLatin1Char('-')) + QStringLiteral(".leastbad");
}

bool MainWindow::saveAs() {
    QString path = getSaveFileName(this, tr("Save Scenario"), saveName(),
                                   tr("LeastBad scenarios (*.leastbad)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".leastbad")))
        path += QStringLiteral(".leastbad");
    const QString error = m_doc.save(path);
    if (!error.isEmpty()) {
        showPlainMessage(this, QMessageBox::Warning, tr("Cannot save"), error);
        return false;
    }
    addRecentFile(path);
    return true;
}

bool MainWindow::maybeSave() {
    if (!m_doc.isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The scenario has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter2"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/chartTab"), m_ui->chartTabs->currentIndex());
    settings.setValue(QStringLiteral("window/timeSeriesOutput"), m_ui->outputCombo->currentIndex());
    settings.setValue(QStringLiteral("scenario/region"), m_doc.scenario().region);
    settings.setValue(QStringLiteral("scenario/year"), m_doc.scenario().year);
    settings.setValue(QStringLiteral("scenario/draws"), m_doc.scenario().draws);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QStringLiteral(".leastbad")) || path.endsWith(QStringLiteral(".json"))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && maybeSave())
        openFile(urls.first().toLocalFile(), true);
}

void MainWindow::addRecentFile(const QString &path) {
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), files.mid(0, kMaxRecentFiles));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_ui->menuRecent->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : files) {
        QAction *action = m_ui->menuRecent->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path, true);
        });
    }
    m_ui->menuRecent->setEnabled(!files.isEmpty());
}

void MainWindow::showDocument(const QString &resource, const QString &title) {
    QFile file(resource);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("documentDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *browser = new QTextBrowser(&dialog);
    if (file.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    // 900 × 700, or less on a small screen (a 1280 × 720 laptop keeps the Close button).
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.9 : QSize(900, 700);
    dialog.resize(QSize(900, 700).boundedTo(room));
    dialog.exec();
}

void MainWindow::showUserGuide() {
    showDocument(QStringLiteral(":/docs/USER_GUIDE.md"), tr("LeastBad user guide"));
}

void MainWindow::showWelcome() {
    WelcomeDialog welcome(this);
    if (welcome.exec() != QDialog::Accepted)
        return;
    if (welcome.guideRequested())
        showUserGuide();
    else if (!welcome.chosenExample().isEmpty() && maybeSave())
        openFile(welcome.chosenExample(), true);
}

std::optional<charts::ChartKind> MainWindow::currentChartKind() const {
    // The tabs are in the order of charts::allCharts().
    const int tab = m_ui->chartTabs->currentIndex();
    if (tab < 0 || tab >= int(charts::allCharts().size()))
        return std::nullopt;
    return charts::allCharts()[std::size_t(tab)];
}

} // namespace leastbad::gui
