// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/frontierpanel.h"

#include "analysis/chartcontext.h"
#include "analysis/numbertext.h"
#include "analysis/scenariorequests.h"
#include "app/scenariodocument.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <utility>

namespace leastbad::gui {

FrontierPanel::FrontierPanel(ScenarioDocument *document, analysis::Session *session,
                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(session)
    , m_job(new JobBar(tr("Find the fron&tier"), this))
    , m_samples(new QSpinBox(this))
    , m_draws(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_addLeastBad(new QPushButton(tr("Add the least bad policy"), this))
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_chart(new charts::FrontierChart(this)) {
    m_samples->setRange(100, 200000);
    m_samples->setSingleStep(1000);
    m_samples->setValue(5000);
    m_samples->setPrefix(tr("policies: "));
    m_samples->setAccessibleName(tr("Policies to sample"));
    m_draws->setRange(20, 2000);
    m_draws->setValue(100);
    m_draws->setPrefix(tr("draws each: "));
    m_draws->setAccessibleName(tr("Draws per policy"));
    m_job->setExtraControls({m_samples, m_draws});
    m_addLeastBad->setToolTip(
        tr("Adds the policy with the highest expected net value that costs taxpayers no more "
           "than today to the list of policies."));
    m_addLeastBad->setEnabled(false);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setMargin(24);
    m_hint->setText(tr("No frontier yet. Press “Find the frontier” to sample every lever "
                       "within its range; the policies no other beats appear here on all four "
                       "objectives."));
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_chart);
    // On screen the summary above gives the numbers; an export keeps its subtitle.
    m_chart->setSubtitleShown(false);
    // Room for six panels of the matrix with their labels, the legend of up to six marked
    // points and the footer, even before a run (on a laptop the tab scrolls).
    m_stack->setMinimumHeight(440);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(tr(
        "Samples every lever within its range, keeps the policies that no other beats on "
        "victimisations, wellbeing-years, life-years and taxpayer cost, and finds the policy with "
        "the highest expected net value that costs taxpayers no more than today."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_job);
    // The summary and the button on one row: the matrix keeps the height.
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_addLeastBad, 0, Qt::AlignTop);
    layout->addLayout(summaryRow);
    layout->addWidget(m_stack, 1);
    showChart(false);

    connect(m_job, &JobBar::runRequested, this, &FrontierPanel::run);
    connect(m_job, &JobBar::finished, this, [this](bool completed) {
        // Taken first: checkCurrent() below may start the next job, with a pending of its own.
        const auto pending = std::exchange(m_pending, nullptr);
        if (completed && pending && *pending) {
            m_answer = *pending;
            if (result())
                showResult();
            else
                checkCurrent(); // the scenario changed while the sweep ran
        } else {
            m_answer.reset();
            m_chart->clear();
            showChart(false);
            m_summary->setText(
                tr("Cancelled: no result is shown, because a partial sweep is not a frontier."));
        }
        emit finished(completed);
    });
    connect(m_document, &ScenarioDocument::changed, this, &FrontierPanel::checkCurrent);
    for (QSpinBox *box : {m_samples, m_draws})
        connect(box, &QSpinBox::valueChanged, this, &FrontierPanel::checkCurrent);
    connect(m_addLeastBad, &QPushButton::clicked, this, &FrontierPanel::addLeastBad);
    connect(m_chart, &charts::FrontierChart::pointChosen, this, &FrontierPanel::addPoint);
}

void FrontierPanel::showChart(bool shown) {
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_chart) : m_hint);
    m_addLeastBad->setEnabled(shown && result() && result()->bestUnderBudget.found);
}

void FrontierPanel::addLeastBad() {
    const core::FrontierResult *r = result();
    if (!r || !r->bestUnderBudget.found)
        return;
    emit addPolicyRequested(r->bestUnderBudget.candidate.policy,
                            tr("Least bad within today's budget"));
}

void FrontierPanel::addPoint(int index) {
    const std::vector<charts::FrontierPoint> &points = m_chart->points();
    if (!result() || index < 0 || index >= int(points.size()) ||
        !points[std::size_t(index)].addable)
        return;
    emit addPolicyRequested(points[std::size_t(index)].policy, points[std::size_t(index)].name);
}

analysis::FrontierRequest FrontierPanel::currentRequest() const {
    return analysis::frontierRequest(m_document->scenario(), m_document->region().baseline,
                                     m_samples->value(), m_draws->value());
}

const core::FrontierResult *FrontierPanel::result() const {
    // The request is rebuilt from the document (a few microseconds) rather than tracked,
    // so no path that changes the scenario can leave a stale answer looking current.
    return m_answer && m_answer->request == currentRequest() ? &m_answer->result : nullptr;
}

void FrontierPanel::checkCurrent() {
    // Only the policies changed (one was added from this chart, say): the frontier stays,
    // with the policies placed again on its draws, a moment's work.
    if (m_answer && !m_job->isRunning() && !result() &&
        analysis::sameSweep(m_answer->request, currentRequest())) {
        start(true);
        return;
    }
    const AnswerChange change =
        afterScenarioChange(m_answer != nullptr, m_job->isRunning(), result() != nullptr, m_stale);
    if (change == AnswerChange::ShowResult)
        showResult();
    if (change != AnswerChange::ShowOutOfDate)
        return;
    m_chart->clear();
    showChart(false);
    m_summary->setText(tr("<b>Out of date — run again.</b> The region, the weights or the "
                          "number of policies or draws changed since this frontier was found."));
}

void FrontierPanel::run() {
    start(false);
}

void FrontierPanel::start(bool placing) {
    const analysis::FrontierRequest request = currentRequest();
    auto pending = std::make_shared<std::shared_ptr<const analysis::FrontierAnswer>>();
    m_pending = pending;
    m_addLeastBad->setEnabled(false);
    // Placing keeps the chart (and the answer it shows) until the new answer comes.
    if (!placing) {
        m_answer.reset();
        m_summary->setText(
            tr("Exploring %1 policies…").arg(QLocale().toString(request.options.samples)));
    }
    m_job->start([pending, request, session = m_session](const std::atomic<bool> *cancel,
                                                         const core::ProgressFn &progress) {
        *pending = session->results(request, cancel, progress);
        return *pending != nullptr;
    });
}

void FrontierPanel::cancel() {
    m_job->cancel();
}

void FrontierPanel::showResult() {
    m_stale = false;
    const core::FrontierResult &r = *result();
    m_chart->setStatusQuoPolicy(m_document->statusQuo());
    m_chart->showFrontier(
        r, analysis::chartContext(m_document->scenario(), m_document->region(), false));
    QString text = tr("<b>%1</b> of %2 policies are on the frontier, shown on all four objectives. "
                      "Hover a point for its levers; click it to add its policy to your policies "
                      "(%3 takes it out again).")
                       .arg(r.frontier.size())
                       .arg(r.evaluated)
                       .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    if (r.bestUnderBudget.found) {
        const core::OptimisedPolicy &best = r.bestUnderBudget;
        text += tr(" Least bad within today's budget: expected net value <b>%1</b> (90%: %2 to "
                   "%3), P(net benefit > 0) %4.")
                    .arg(analysis::money(best.netValue.mean), analysis::money(best.netValue.p5),
                         analysis::money(best.netValue.p95),
                         analysis::percent(best.probabilityPositive));
    }
    m_summary->setText(text);
    showChart(true);
}

} // namespace leastbad::gui
