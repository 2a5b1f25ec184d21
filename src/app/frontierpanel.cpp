// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/frontierpanel.h"

#include "analysis/chartcontext.h"
#include "analysis/numbertext.h"
#include "analysis/scenariorequests.h"
#include "app/scenariodocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

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
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(tr(
        "Samples every lever within its range, keeps the policies that no other beats on "
        "victimisations, wellbeing-years, life-years and taxpayer cost, and finds the policy with "
        "the highest expected net value that costs taxpayers no more than today."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_job);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);

    connect(m_job, &JobBar::runRequested, this, &FrontierPanel::run);
    connect(m_job, &JobBar::finished, this, [this](bool completed) {
        if (completed && m_pending && *m_pending) {
            m_answer = *m_pending;
            if (result())
                showResult();
            else
                checkCurrent(); // the scenario changed while the sweep ran
        } else {
            m_answer.reset();
            m_chart->clear();
            m_summary->setText(
                tr("Cancelled: no result is shown, because a partial sweep is not a frontier."));
        }
        m_pending.reset();
        emit finished(completed);
    });
    connect(m_document, &ScenarioDocument::changed, this, &FrontierPanel::checkCurrent);
    for (QSpinBox *box : {m_samples, m_draws})
        connect(box, &QSpinBox::valueChanged, this, &FrontierPanel::checkCurrent);
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
    const AnswerChange change =
        afterScenarioChange(m_answer != nullptr, m_job->isRunning(), result() != nullptr, m_stale);
    if (change == AnswerChange::ShowResult)
        showResult();
    if (change != AnswerChange::ShowOutOfDate)
        return;
    m_chart->clear();
    m_summary->setText(tr("<b>Out of date — run again.</b> The region, the policies or the "
                          "weights changed since this frontier was found."));
}

void FrontierPanel::run() {
    const analysis::FrontierRequest request = currentRequest();
    auto pending = std::make_shared<std::shared_ptr<const analysis::FrontierAnswer>>();
    m_pending = pending;
    m_answer.reset();
    m_summary->setText(
        tr("Exploring %1 policies…").arg(QLocale().toString(request.options.samples)));
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
    m_chart->showFrontier(
        r, analysis::chartContext(m_document->scenario(), m_document->region(), false));
    QString text =
        tr("<b>%1</b> of %2 policies are on the frontier (two of its four objectives are shown).")
            .arg(r.frontier.size())
            .arg(r.evaluated);
    if (r.bestUnderBudget.found) {
        const core::OptimisedPolicy &best = r.bestUnderBudget;
        text += tr(" Least bad within today's budget: expected net value <b>%1</b> (90%: %2 to "
                   "%3), P(net benefit > 0) %4.")
                    .arg(analysis::money(best.netValue.mean), analysis::money(best.netValue.p5),
                         analysis::money(best.netValue.p95),
                         analysis::percent(best.probabilityPositive));
    }
    m_summary->setText(text);
}

} // namespace leastbad::gui
