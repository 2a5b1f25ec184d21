// SPDX-License-Identifier: GPL-3.0-or-later
// The frontier of what is possible for the current region and weights: a sweep of
// policies run in the background with progress and cancel, the non-dominated ones
// plotted with the status quo, A, B and the least bad policy marked.
#pragma once

#include "app/backgroundjob.h"
#include "charts/frontierchart.h"
#include "core/frontier.h"

#include <QWidget>

class QCustomPlot;

#include <memory>

class QLabel;
class QSpinBox;

namespace leastbad::gui {

class ScenarioDocument;

class FrontierPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontierPanel)

public:
    explicit FrontierPanel(ScenarioDocument *document, QWidget *parent = nullptr);

    void run();
    // Draws the last result again (after a theme change: the status quo takes the text colour).
    void redraw() {
        if (m_result)
            showResult();
    }
    void cancel();
    bool isRunning() const { return m_job->isRunning(); }
    // The last completed result (null before one, and after a cancelled run).
    const core::FrontierResult *result() const { return m_result.get(); }
    charts::FrontierChart *chart() const { return m_chart; }
    QCustomPlot *plot() const { return m_chart->plot(); }
    QSpinBox *samplesBox() const { return m_samples; }

signals:
    void finished(bool completed);

private:
    void showResult();

    ScenarioDocument *m_document;
    JobBar *m_job;
    std::shared_ptr<core::FrontierResult> m_pending;
    std::unique_ptr<core::FrontierResult> m_result;
    QSpinBox *m_samples;
    QSpinBox *m_draws;
    QLabel *m_summary;
    charts::FrontierChart *m_chart;
};

} // namespace leastbad::gui
