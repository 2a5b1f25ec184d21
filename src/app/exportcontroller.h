// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export and the charts' context menus: one chart (PNG, SVG, PDF or its data as
// CSV), the chart as an image on the clipboard, the one-page report as a PDF or printed,
// the results as CSV or JSON, and everything into a folder. The results are asked of the
// session off the GUI thread, with the same requests as `leastbad-cli export`, so the app
// and the command line export the same numbers; what the session keeps for exactly the
// open scenario (the snapshot on screen, the Frontier and Regions tabs' answers) is
// reused, and nothing made for another scenario is.
#pragma once

#include "analysis/exportresults.h"
#include "app/backgroundjob.h"
#include "charts/chartexport.h"
#include "charts/chartkind.h"

#include <QObject>

#include <functional>
#include <memory>

class QMenu;
class QProgressDialog;
class QWidget;

namespace leastbad::gui {

class ScenarioDocument;
class FrontierPanel;

class ExportController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    struct Sources {
        ScenarioDocument *document;
        analysis::Session *session;
        FrontierPanel *frontier; // for its sample and draw counts
        std::function<core::Output()> timeSeriesOutput;
        // The policy selected in the list (-1: the status quo), which the tornado and the
        // regions describe; empty: the first policy.
        std::function<int()> selectedPolicy;
    };
    ExportController(Sources sources, QWidget *window);
    ~ExportController() override;

    // File > Export, with `currentChart` telling which chart is on screen.
    void fillMenu(QMenu *menu,
                  const std::function<std::optional<charts::ChartKind>()> &currentChart);
    // Export, copy and data entries on a chart's right-click menu.
    void addContextMenu(QWidget *chart, charts::ChartKind kind);

    // The interactive commands.
    void exportChart(charts::ChartKind kind);
    void exportReport();
    void printReport();
    void exportResults();
    void exportAll();

    // Compute, then write; finished() reports the outcome. `interactive` (a menu started
    // it) adds a progress dialog and shows errors in a message box; tests leave it off.
    void writeChart(charts::ChartKind kind, const QString &path, const QString &format,
                    const charts::ImageOptions &options);
    void writeReport(const QString &path, bool interactive = false);
    void writeAll(const QString &folder, bool interactive = false);
    void copyChartImage(charts::ChartKind kind, bool interactive = false);

signals:
    // An empty error: done. `summary` says what was written, for the status bar.
    void finished(const QString &error, const QString &summary);

private:
    using Then = std::function<void(const analysis::ExportResults &)>;
    // Asks for the results in the background (the regions and the results files' every
    // output only when `needs` says so), then calls `then`.
    struct Needs {
        bool regions = false;
        bool analysis = false;
    };
    void withResults(Needs needs, bool interactive, Then then);
    void report(const QString &error, const QString &summary);
    // Hides the progress dialog for good and lets it be deleted.
    void closeProgress();
    // The file name a save dialog suggests: what, the region and a policy (`policy`, of the
    // scenario's; policy A unless the chart describes the selected one).
    QString defaultName(const QString &what, const QString &extension, int policy = 0) const;
    // The scenario's policy the tornado and the regions describe.
    int describedPolicy() const;

    Sources m_sources;
    QWidget *m_window;
    BackgroundJob *m_job;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::optional<analysis::ExportResults>> m_pending;
    Then m_then;
    bool m_interactive = false; // started from a menu: progress and errors in dialogs
};

} // namespace leastbad::gui
