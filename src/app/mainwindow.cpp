// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/aboutdialog.h"
#include "app/populationchart.h"
#include "ui_mainwindow.h"

#include <leastbad/version.h>

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <qcustomplot.h>

namespace leastbad::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_region(data::defaultUnitedStates()) {
    m_ui->setupUi(this);
    m_chart = new PopulationChart(this);
    m_ui->centralLayout->addWidget(m_chart, 1);
    m_calibration = core::calibrate(m_region.baseline, core::Parameters{});

    m_ui->actionOpenPolicy->setShortcut(QKeySequence::Open);
    m_ui->actionClearPolicy->setShortcut(QKeySequence::Close);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionCopyChart->setShortcut(QKeySequence::Copy);
    m_ui->actionAbout->setShortcut(QKeySequence::HelpContents);

    connect(m_ui->actionOpenPolicy, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Policy"), QString(),
                                                          tr("Policy files (*.json)"));
        if (!path.isEmpty())
            openPolicy(path, true);
    });
    connect(m_ui->actionClearPolicy, &QAction::triggered, this, &MainWindow::clearPolicy);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionCopyChart, &QAction::triggered, this, &MainWindow::copyChart);
    connect(m_ui->actionResetZoom, &QAction::triggered, this, &MainWindow::recompute);
    connect(m_ui->actionShowStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    statusBar()->showMessage(tr("Region: %1 (data year %2, dollars of %3)")
                                 .arg(QString::fromStdString(m_region.baseline.name))
                                 .arg(m_region.baseline.dataYear)
                                 .arg(m_region.baseline.dollarYear));
    recompute();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openPolicy(const QString &path, bool interactive, QString *error) {
    const data::PolicyReadResult read = data::readPolicyFile(path, m_region.baseline);
    if (!read.ok()) {
        const QString message = read.errors.join(QLatin1Char('\n'));
        if (error)
            *error = message;
        if (interactive)
            QMessageBox::warning(this, tr("Cannot open policy"), message);
        return false;
    }
    m_policy = read.file;
    if (m_policy->name.isEmpty())
        m_policy->name = QFileInfo(path).completeBaseName();
    m_ui->actionClearPolicy->setEnabled(true);
    recompute();
    return true;
}

void MainWindow::clearPolicy() {
    m_policy.reset();
    m_ui->actionClearPolicy->setEnabled(false);
    recompute();
}

void MainWindow::recompute() {
    const core::SimulationOptions options;
    const core::SimulationResult statusQuo =
        core::simulate(m_calibration, core::statusQuoPolicy(m_region.baseline), options);
    std::optional<core::SimulationResult> policyResult;
    if (m_policy)
        policyResult = core::simulate(m_calibration, m_policy->policy, options);

    const QString source = tr("LeastBad %1 · %2 baseline: prisoners from BJS, Prisoners in 2022; "
                              "model and sources in docs/MODEL.md")
                               .arg(QString::fromLatin1(kVersion), QString::fromStdString(m_region.baseline.name));
    m_chart->setResults(m_region.baseline.totalPrisonPopulation(), statusQuo,
                        policyResult ? &*policyResult : nullptr, m_policy ? m_policy->name : QString(), source);

    if (!policyResult) {
        m_ui->headlineLabel->setText(tr("<b>Status quo</b>, %1: the model holds today's prison "
                                        "population steady. Open a policy file (File → Open Policy) "
                                        "to compare it.")
                                         .arg(QString::fromStdString(m_region.baseline.name)));
        return;
    }
    const int last = options.years - 1;
    const QLocale locale;
    const double change = core::at(policyResult->years[last], core::Output::PrisonPopulation) -
                          core::at(statusQuo.years[last], core::Output::PrisonPopulation);
    const double averted = core::at(policyResult->totals, core::Output::VictimizationsAverted);
    m_ui->headlineLabel->setText(
        tr("<b>%1</b> vs status quo after %2 years: prison population %3 %4; victimisations "
           "averted over the period: %5 (central estimate, no uncertainty yet).")
            .arg(m_policy->name.toHtmlEscaped())
            .arg(options.years)
            .arg(change >= 0 ? tr("up") : tr("down"))
            .arg(locale.toString(std::abs(change), 'f', 0))
            .arg(locale.toString(averted, 'f', 0)));
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::copyChart() {
    QApplication::clipboard()->setPixmap(m_chart->plot()->toPixmap());
    statusBar()->showMessage(tr("Chart copied to the clipboard"), 3000);
}

} // namespace leastbad::gui
