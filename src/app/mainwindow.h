// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/analysisrunner.h"
#include "app/scenariodocument.h"
#include "charts/analysischarts.h"
#include "charts/chartkind.h"

#include <QMainWindow>

class QLabel;
class QPushButton;

#include <array>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace leastbad::gui {

class ExportController;
class FrontierPanel;
class RegionsPanel;
class DecisionPanel;
class DiagnosticsPanel;
class HeadlineStrip;
class LeverPanel;
class PolicyList;
class WeightsPanel;

// The main window: on the left the region, the list of policies and the levers of the one
// selected (moral weights on a second tab); on the right the headline table, a column per
// policy, and live charts of every policy against the status quo with their uncertainty.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a scenario (.leastbad) or loads a policy file (.json) into the selected policy. Returns
    // an error message (also shown when `interactive`), or empty; the current scenario is kept on
    // error.
    QString openFile(const QString &path, bool interactive);
    // Help > User Guide (F1) and the welcome with the examples (main() shows it at start).
    void showUserGuide();
    void showWelcome();

    ScenarioDocument *document() { return &m_doc; }
    PolicyList *policyList() const { return m_policyList; }
    // The lever editor: it shows the policy selected in the list.
    LeverPanel *leverEditor() const { return m_levers; }
    // Selects policy `index` (-1: the status quo) and returns the editor showing it.
    LeverPanel *editPolicy(int index);
    charts::AnalysisChart *timeSeriesChart() const { return m_charts.front(); }
    const std::array<charts::AnalysisChart *, 4> &charts() const { return m_charts; }
    HeadlineStrip *headline() const { return m_headline; }
    FrontierPanel *frontier() const { return m_frontier; }
    RegionsPanel *regions() const { return m_regions; }
    DiagnosticsPanel *diagnostics() const { return m_diagnostics; }
    DecisionPanel *decision() const { return m_decision; }
    ExportController *exporter() const { return m_export; }
    // Where every result is computed and kept (the runner, the tabs and the exports ask it).
    analysis::Session &session() { return m_session; }
    // The comparison the newest snapshot shown came from (its request says what it answers).
    const std::shared_ptr<const analysis::ComparisonResult> &lastResult() const {
        return m_lastResult;
    }
    // The newest results shown (null until the first arrive).
    const std::shared_ptr<const analysis::AnalysisSnapshot> &lastSnapshot() const { return m_last; }
    // The serial of the newest request; lastSnapshot() is current when its serial matches.
    quint64 lastRequest() const { return m_lastRequest; }

signals:
    void snapshotShown(quint64 serial);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpMenus();
    // After a theme change: every widget and chart takes the new palette at once.
    void followTheme();
    // With no saved geometry: a size that fits the screen (at most 90% of it).
    void fitFirstRunSize();
    void setUpRegions();
    void setUpOutputs();
    void setUpExamples();
    void setUpPolicyEditor();
    // The editor and its heading show the policy selected in the list.
    void showCurrentPolicy();
    // Where a loaded policy file goes: the selected policy, or a new one when the status
    // quo is selected.
    int policyToReplace();
    void restoreSettings();
    void refreshFromDocument();
    void refreshRegionInfo();
    void showRegionDetails();
    void requestAnalysis();
    void showSnapshot(const std::shared_ptr<const analysis::AnalysisSnapshot> &snapshot,
                      const std::shared_ptr<const analysis::ComparisonResult> &result);
    bool maybeSave();
    bool saveAs();
    QString saveName() const; // what Save As suggests
    bool save();
    void loadPolicyFile();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    // A Markdown document shipped as a resource (docs/*.md), in a dialog.
    void showDocument(const QString &resource, const QString &title);
    std::optional<charts::ChartKind> currentChartKind() const;
    analysis::ChartContext chartContext() const;
    // The tornado's policy, of the comparison's policies ([1] A): the one selected in the
    // list, or A when the status quo is selected.
    int tornadoPolicy() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    ScenarioDocument m_doc;
    analysis::Session m_session; // before everything that asks it
    AnalysisRunner m_runner;
    PolicyList *m_policyList = nullptr;
    LeverPanel *m_levers = nullptr;
    QLabel *m_leverHeading = nullptr;
    QPushButton *m_resetPolicy = nullptr;
    std::array<charts::AnalysisChart *, 4> m_charts{};
    WeightsPanel *m_weights = nullptr;
    HeadlineStrip *m_headline = nullptr;
    FrontierPanel *m_frontier = nullptr;
    RegionsPanel *m_regions = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    DecisionPanel *m_decision = nullptr;
    ExportController *m_export = nullptr;
    std::shared_ptr<const analysis::AnalysisSnapshot> m_last;
    std::shared_ptr<const analysis::ComparisonResult> m_lastResult;
    quint64 m_lastRequest = 0;
    QString m_notice; // a status-bar message the analysis's timing must not hide
};

} // namespace leastbad::gui
