// SPDX-License-Identifier: GPL-3.0-or-later
// The decision among the status quo and every policy of the scenario: why a policy has its
// net value (the waterfall of mechanisms), which option is best and how sure (P(best) with
// its Monte Carlo error, the acceptability curve), each policy's break-even values and what
// would change the answer (the value of information by group of parameters). One comparison
// that keeps its draws, run in the background with progress and cancel; after a change to
// the scenario the panel says "out of date" and result() is null until it runs again.
#pragma once

#include "analysis/decisionviews.h"
#include "analysis/session.h"
#include "app/backgroundjob.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace leastbad::charts {
class AcceptabilityChart;
class InformationChart;
class ProbabilityBestChart;
class WaterfallChart;
} // namespace leastbad::charts

namespace leastbad::gui {

class ScenarioDocument;

class DecisionPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionPanel)

public:
    DecisionPanel(ScenarioDocument *document, analysis::Session *session,
                  QWidget *parent = nullptr);

    void run();
    void cancel() { m_job->cancel(); }
    bool isRunning() const { return m_job->isRunning(); }
    // Draws the last result again (after a theme change).
    void redraw() {
        if (result())
            showResult();
    }
    // The views for the scenario as it is now (null before a run, after a cancelled run and
    // once the scenario has changed since).
    const analysis::DecisionViews *result() const;
    analysis::ComparisonRequest currentRequest() const;
    // The policy whose net value the "Why" view explains: its index in scenario().policies.
    void setSelectedPolicy(int policyIndex);
    int selectedPolicy() const;

    QSpinBox *drawsBox() const { return m_draws; }
    QComboBox *policyBox() const { return m_policy; }
    QTabWidget *views() const { return m_tabs; }
    QTableWidget *breakEvenTable() const { return m_breakEven; }
    charts::WaterfallChart *waterfall() const { return m_waterfall; }
    charts::ProbabilityBestChart *probabilityBest() const { return m_best; }
    charts::AcceptabilityChart *acceptability() const { return m_acceptability; }
    charts::InformationChart *information() const { return m_information; }

signals:
    void finished(bool completed);

private:
    void showResult();
    void showWaterfall();
    void showBreakEvens();
    void checkCurrent();
    void fillPolicyBox();
    void clearViews(const QString &why);
    QString footer() const;

    ScenarioDocument *m_document;
    analysis::Session *m_session;
    JobBar *m_job;
    std::shared_ptr<std::shared_ptr<const analysis::DecisionAnswer>> m_pending;
    std::shared_ptr<const analysis::DecisionAnswer> m_answer;
    bool m_stale = false; // the "out of date" text is shown
    QSpinBox *m_draws;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QTabWidget *m_tabs;
    QComboBox *m_policy;
    charts::WaterfallChart *m_waterfall;
    charts::ProbabilityBestChart *m_best;
    charts::AcceptabilityChart *m_acceptability;
    QTableWidget *m_breakEven;
    charts::InformationChart *m_information;
};

} // namespace leastbad::gui
