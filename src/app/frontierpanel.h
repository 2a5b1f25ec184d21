// SPDX-License-Identifier: GPL-3.0-or-later
// The frontier of what is possible for the current region and weights: a sweep of
// policies run in the background with progress and cancel, the non-dominated ones
// plotted on all four objectives with the status quo, the scenario's policies and the
// least bad policy marked. Any point, the least bad policy among them, can be added to
// the scenario's policy list with one click on it (or the button, for the least bad
// policy; addPolicyRequested; the window adds it, as one undo step). The result is the
// session's answer to the request the panel made. When the policies change (a point was
// added, a lever moved) the frontier stays: the session places the policies again on its
// draws. When the region, the weights or the sample change it is no longer shown as
// current: the panel says "out of date" and result() is null until it is found again.
#pragma once

#include "analysis/session.h"
#include "app/backgroundjob.h"
#include "charts/frontierchart.h"
#include "core/frontier.h"

#include <QWidget>

class QCustomPlot;

#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace leastbad::gui {

class ScenarioDocument;

class FrontierPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontierPanel)

public:
    FrontierPanel(ScenarioDocument *document, analysis::Session *session,
                  QWidget *parent = nullptr);

    void run();
    // Draws the last result again (after a theme change: the status quo takes the text colour).
    void redraw() {
        if (result())
            showResult();
    }
    void cancel();
    bool isRunning() const { return m_job->isRunning(); }
    // The result for the scenario as it is now (null before a run, after a cancelled run,
    // and once the scenario has changed since).
    const core::FrontierResult *result() const;
    // The request the scenario makes now, with the panel's sample and draw counts.
    analysis::FrontierRequest currentRequest() const;
    charts::FrontierChart *chart() const { return m_chart; }
    QCustomPlot *plot() const { return m_chart->plot(); }
    QSpinBox *samplesBox() const { return m_samples; }
    QPushButton *addLeastBadButton() const { return m_addLeastBad; }

    // Asks for the least bad policy within today's budget, or for point `index` of the
    // chart, to join the policy list (nothing without a current result or for a point that
    // is not a sampled policy).
    void addLeastBad();
    void addPoint(int index);

signals:
    void finished(bool completed);
    // The user chose a frontier policy: add it to the scenario's policies under `name`.
    void addPolicyRequested(const core::Policy &policy, const QString &name);

private:
    // A sweep, or (`placing`) the session's kept sweep with the scenario's policies placed
    // again on its draws.
    void start(bool placing);
    void showResult();
    // After any change to the scenario: an answer to another request is out of date.
    void checkCurrent();
    // The chart, or the centred hint when there is no frontier to show.
    void showChart(bool shown);

    ScenarioDocument *m_document;
    analysis::Session *m_session;
    JobBar *m_job;
    std::shared_ptr<std::shared_ptr<const analysis::FrontierAnswer>> m_pending;
    std::shared_ptr<const analysis::FrontierAnswer> m_answer;
    bool m_stale = false; // the "out of date" text is shown
    QSpinBox *m_samples;
    QSpinBox *m_draws;
    QLabel *m_summary;
    QPushButton *m_addLeastBad;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    charts::FrontierChart *m_chart;
};

} // namespace leastbad::gui
