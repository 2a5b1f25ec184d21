// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exportcontroller.h"

#include "app/exportdialog.h"
#include "app/filedialogs.h"
#include "app/frontierpanel.h"
#include "app/plainmessage.h"
#include "app/scenariodocument.h"
#include "charts/exportbatch.h"
#include "charts/report.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QTimer>
#include <qcustomplot.h>

#include <algorithm>

namespace leastbad::gui {

ExportController::ExportController(Sources sources, QWidget *window)
    : QObject(window)
    , m_sources(std::move(sources))
    , m_window(window)
    , m_job(new BackgroundJob(this)) {
    connect(m_job, &BackgroundJob::progress, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    connect(m_job, &BackgroundJob::finished, this, [this](bool completed) {
        closeProgress();
        const std::shared_ptr<std::optional<analysis::ExportResults>> pending =
            std::move(m_pending);
        const Then then = std::move(m_then);
        if (!completed || !pending || !*pending) {
            report(tr("Export cancelled; nothing was written."), {});
            return;
        }
        // What follows may open dialogs (Export Chart, Print): from the event loop, not from
        // inside this signal, which a modal progress dialog's setValue() can deliver in its
        // own processEvents().
        QTimer::singleShot(0, this, [pending, then] { then(**pending); });
    });
}

ExportController::~ExportController() = default;

void ExportController::closeProgress() {
    if (!m_progress)
        return;
    // A QProgressDialog shows itself once its minimum duration has passed, even if no
    // value came, until reset() stops that timer; and deleteLater() waits for the event
    // loop this call came from, which the Export dialog's exec() does not return to. Left
    // to that, the finished dialog appeared over the Export dialog, stuck at its last
    // value, and blocked it (issue 18).
    disconnect(m_progress, nullptr, m_job, nullptr);
    m_progress->reset();
    m_progress->hide();
    m_progress->deleteLater();
    m_progress = nullptr;
}

void ExportController::fillMenu(
    QMenu *menu, const std::function<std::optional<charts::ChartKind>()> &currentChart) {
    QAction *chart = menu->addAction(tr("&Chart…"), this, [this, currentChart] {
        exportChart(currentChart().value_or(charts::ChartKind::OverTime));
    });
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    menu->addAction(tr("&Report (PDF)…"), this, &ExportController::exportReport);
    menu->addAction(tr("&Print Report…"), this, &ExportController::printReport)
        ->setShortcut(QKeySequence::Print);
    menu->addAction(tr("Res&ults (CSV or JSON)…"), this, &ExportController::exportResults);
    menu->addSeparator();
    menu->addAction(tr("&Everything into a Folder…"), this, &ExportController::exportAll);
}

void ExportController::addContextMenu(QWidget *chart, charts::ChartKind kind) {
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(chart, &QWidget::customContextMenuRequested, this, [this, chart, kind](QPoint at) {
        QMenu menu(chart);
        menu.addAction(tr("&Export Chart…"), this, [this, kind] { exportChart(kind); });
        menu.addAction(tr("&Copy Chart as Image"), this,
                       [this, kind] { copyChartImage(kind, true); });
        menu.addSeparator();
        menu.addAction(tr("Export &Report (PDF)…"), this, &ExportController::exportReport);
        menu.exec(chart->mapToGlobal(at));
    });
}

void ExportController::report(const QString &error, const QString &summary) {
    // A dialog only for commands the user started from a menu; scripts and tests read the
    // signal.
    if (!error.isEmpty() && m_interactive)
        showPlainMessage(m_window, QMessageBox::Warning, tr("Export"), error);
    emit finished(error, summary);
}

void ExportController::withResults(Needs needs, bool interactive, Then then) {
    if (m_job->isRunning()) {
        if (interactive)
            QMessageBox::information(m_window, tr("Export"), tr("An export is already running."));
        return; // the running export keeps its own way of reporting
    }
    m_interactive = interactive;
    const data::Scenario scenario = m_sources.document->scenario();
    const data::RegionRecord region = m_sources.document->region();
    const data::Dataset *dataset = &m_sources.document->dataset();
    analysis::ComputeOptions options;
    options.timeSeriesOutput = m_sources.timeSeriesOutput();
    options.policy = describedPolicy();
    options.regions = needs.regions;
    options.analysis = needs.analysis;
    // The frontier only if the Frontier tab found one for exactly this scenario.
    const analysis::FrontierRequest frontier = m_sources.frontier->currentRequest();
    options.frontierSamples = frontier.options.samples;
    options.frontierDraws = frontier.options.draws;
    auto pending = std::make_shared<std::optional<analysis::ExportResults>>();
    m_pending = pending;
    m_then = std::move(then);
    if (m_interactive) {
        m_progress = new QProgressDialog(tr("Computing the results to export…"), tr("Cancel"), 0,
                                         1000, m_window);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        connect(m_progress, &QProgressDialog::canceled, m_job, &BackgroundJob::cancel);
    }
    m_job->start([pending, session = m_sources.session, scenario, region, dataset,
                  options](const std::atomic<bool> *cancel, const core::ProgressFn &progress) {
        analysis::ComputeOptions o = options;
        o.cancel = cancel;
        o.progress = progress;
        *pending = analysis::computeResults(*session, scenario, region, *dataset, o);
        return pending->has_value();
    });
}

void ExportController::writeChart(charts::ChartKind kind, const QString &path,
                                  const QString &format, const charts::ImageOptions &options) {
    withResults({kind == charts::ChartKind::Regions, false}, false,
                [this, kind, path, format, options](const analysis::ExportResults &r) {
                    QString error;
                    if (const std::unique_ptr<charts::ChartWidget> chart =
                            charts::drawChart(kind, r, error))
                        error = charts::writeChartAs(*chart, kind, r, path, format, options);
                    report(error, tr("Exported %1").arg(path));
                });
}

void ExportController::writeReport(const QString &path, bool interactive) {
    withResults({}, interactive, [this, path](const analysis::ExportResults &r) {
        report(charts::writeReportPdf(path, r), tr("Exported the report to %1").arg(path));
    });
}

void ExportController::writeAll(const QString &folder, bool interactive) {
    withResults({true, true}, interactive, [this, folder](const analysis::ExportResults &r) {
        const charts::BatchReport written = charts::exportAll(r, folder, {});
        QString summary =
            tr("Exported %n file(s) into %1", nullptr, int(written.written.size())).arg(folder);
        if (!written.skipped.isEmpty())
            summary += QLatin1String(" (") +
                       tr("skipped %1").arg(written.skipped.join(QStringLiteral("; "))) +
                       QLatin1Char(')');
        report(written.error, summary);
    });
}

void ExportController::copyChartImage(charts::ChartKind kind, bool interactive) {
    withResults(
        {kind == charts::ChartKind::Regions, false}, interactive,
        [this, kind](const analysis::ExportResults &r) {
            QString error;
            if (const std::unique_ptr<charts::ChartWidget> chart =
                    charts::drawChart(kind, r, error))
                QApplication::clipboard()->setImage(charts::chartImage(*chart, {1200, 675}, 2));
            report(error, tr("Chart copied to the clipboard"));
        });
}

void ExportController::exportChart(charts::ChartKind kind) {
    withResults(
        {kind == charts::ChartKind::Regions, false}, true,
        [this, kind](const analysis::ExportResults &r) {
            QString error;
            const std::unique_ptr<charts::ChartWidget> chart = charts::drawChart(kind, r, error);
            if (!chart) {
                report(error, {});
                return;
            }
            ExportDialog dialog(chart.get(), m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const QString format = dialog.formatKey();
            const bool ofOnePolicy =
                kind == charts::ChartKind::Tornado || kind == charts::ChartKind::Regions;
            const QString path = getSaveFileName(
                m_window, tr("Export Chart"),
                defaultName(charts::chartKey(kind), format, ofOnePolicy ? describedPolicy() : 0),
                tr("%1 files (*.%2)").arg(format.toUpper(), format));
            if (path.isEmpty())
                return;
            report(charts::writeChartAs(*chart, kind, r, path, format, dialog.options()),
                   tr("Exported %1").arg(path));
        });
}

int ExportController::describedPolicy() const {
    const int selected = m_sources.selectedPolicy ? m_sources.selectedPolicy() : 0;
    return std::max(analysis::describedPolicy(m_sources.document->scenario(), selected), 0);
}

QString ExportController::defaultName(const QString &what, const QString &extension,
                                      int policy) const {
    // "ledgers-TX-essay-package.png": the region and policy A (the tornado and the regions:
    // the policy they describe), so a folder of exports says what each is.
    const data::Scenario &s = m_sources.document->scenario();
    QStringList parts{what, s.region};
    if (!s.policies.isEmpty())
        parts << fileNamePart(s.policies.value(policy, s.policies.front()).name);
    parts.removeAll(QString());
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + extension;
}

void ExportController::exportReport() {
    const QString path = getSaveFileName(
        m_window, tr("Export Report"), defaultName(QStringLiteral("report"), QStringLiteral("pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    writeReport(path, true);
}

void ExportController::printReport() {
    withResults({}, true, [this](const analysis::ExportResults &r) {
        // At 96 dpi, as the report is laid out: its fonts are in points and resolve at the
        // device's resolution. Printing stays vector, so nothing is lost.
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setResolution(96);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintDialog dialog(&printer, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QCPPainter painter;
        if (!painter.begin(&printer)) {
            report(tr("Cannot print to %1").arg(printer.printerName()), {});
            return;
        }
        painter.setMode(QCPPainter::pmVectorized);
        const QRectF page = printer.pageLayout().fullRectPixels(printer.resolution());
        const double scale = std::min(page.width() / charts::kReportPage.width(),
                                      page.height() / charts::kReportPage.height());
        painter.scale(scale, scale);
        charts::paintReport(painter, r);
        painter.end();
        report({}, tr("Report sent to %1").arg(printer.printerName()));
    });
}

void ExportController::exportResults() {
    const QStringList filters = {tr("The whole result, JSON (*.json)"),
                                 tr("Against the status quo, CSV (*.csv)"),
                                 tr("Every output, every year, CSV (*.csv)")};
    const QStringList kinds = {QStringLiteral("json"), QStringLiteral("csv"),
                               QStringLiteral("yearly")};
    QString filter;
    const QString path =
        getSaveFileName(m_window, tr("Export Results"),
                        defaultName(QStringLiteral("results"), QStringLiteral("json")),
                        filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QString kind = kinds.value(std::max<qsizetype>(0, filters.indexOf(filter)));
    withResults({false, true}, true, [this, path, kind](const analysis::ExportResults &r) {
        report(charts::writeResults(r, path, kind, false), tr("Exported %1").arg(path));
    });
}

void ExportController::exportAll() {
    const QString folder = getExistingDirectory(m_window, tr("Export Everything Into"));
    if (folder.isEmpty())
        return;
    writeAll(folder, true);
}

} // namespace leastbad::gui
