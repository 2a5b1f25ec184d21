// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/frontierpanel.h"

#include "app/scenariodocument.h"
#include "charts/chartcontext.h"
#include "charts/exportresults.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace leastbad::gui {

FrontierPanel::FrontierPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
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
        if (completed && m_pending && m_pending->complete) {
            m_result = std::make_unique<core::FrontierResult>(std::move(*m_pending));
            showResult();
        } else {
            m_result.reset();
            m_chart->clear();
            m_summary->setText(
                tr("Cancelled: no result is shown, because a partial sweep is not a frontier."));
        }
        m_pending.reset();
        emit finished(completed);
    });
}

void FrontierPanel::run() {
    const core::FrontierOptions options =
        charts::frontierOptions(m_document->scenario(), m_samples->value(), m_draws->value());
    const core::RegionBaseline region = m_document->region().baseline;
    auto pending = std::make_shared<core::FrontierResult>();
    m_pending = pending;
    m_result.reset();
    m_summary->setText(tr("Exploring %1 policies…").arg(QLocale().toString(options.samples)));
    m_job->start([pending, region, options](const std::atomic<bool> *cancel,
                                            const core::ProgressFn &progress) {
        *pending = core::exploreFrontier(region, options, cancel, progress);
        return pending->complete;
    });
}

void FrontierPanel::cancel() {
    m_job->cancel();
}

void FrontierPanel::showResult() {
    const core::FrontierResult &r = *m_result;
    m_chart->showFrontier(
        r, charts::chartContext(m_document->scenario(), m_document->region(), false));
    const QLocale locale;
    QString text =
        tr("<b>%1</b> of %2 policies are on the frontier (two of its four objectives are shown).")
            .arg(r.frontier.size())
            .arg(r.evaluated);
    if (r.bestUnderBudget.found) {
        const core::OptimisedPolicy &best = r.bestUnderBudget;
        text += tr(" Least bad within today's budget: expected net value <b>$%1 bn</b> (90%: %2 to "
                   "%3), "
                   "P(net benefit > 0) %4%.")
                    .arg(locale.toString(best.netValue.mean / 1e9, 'f', 1),
                         locale.toString(best.netValue.p5 / 1e9, 'f', 1),
                         locale.toString(best.netValue.p95 / 1e9, 'f', 1),
                         locale.toString(100 * best.probabilityPositive, 'f', 0));
    }
    m_summary->setText(text);
}

} // namespace leastbad::gui
