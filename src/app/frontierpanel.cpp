// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/frontierpanel.h"

#include "app/palette.h"
#include "app/scenariodocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace leastbad::gui {

namespace {

// Two of the four objectives, against the status quo: extra taxpayer cost and
// victimisations averted.
QPointF position(const core::Objectives &o, const core::Objectives &statusQuo) {
    return {(o.taxpayerCostUsd - statusQuo.taxpayerCostUsd) / 1e9,
            (statusQuo.victimizations - o.victimizations) / 1e6};
}

void addPoints(QCustomPlot *plot, const QVector<QPointF> &points, const QString &name,
               const QColor &color, QCPScatterStyle::ScatterShape shape, double size) {
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(shape, color, color, size));
    QVector<double> x, y;
    for (const QPointF &p : points) {
        x << p.x();
        y << p.y();
    }
    g->setData(x, y);
}

} // namespace

FrontierPanel::FrontierPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_job(new JobBar(tr("&Find the frontier"), this))
    , m_samples(new QSpinBox(this))
    , m_draws(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_plot(new QCustomPlot(this)) {
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
    layout->addWidget(m_plot, 1);
    m_plot->xAxis->setLabel(tr("Extra cost to taxpayers, discounted (billion USD 2024)"));
    m_plot->yAxis->setLabel(tr("Victimisations averted over the horizon (millions)"));
    m_plot->legend->setVisible(true);
    m_plot->setAccessibleName(tr("Frontier"));

    connect(m_job, &JobBar::runRequested, this, &FrontierPanel::run);
    connect(m_job, &JobBar::finished, this, [this](bool completed) {
        if (completed && m_pending && m_pending->complete) {
            m_result = std::make_unique<core::FrontierResult>(std::move(*m_pending));
            showResult();
        } else {
            m_result.reset();
            m_plot->clearGraphs();
            m_plot->replot();
            m_summary->setText(
                tr("Cancelled: no result is shown, because a partial sweep is not a frontier."));
        }
        m_pending.reset();
        emit finished(completed);
    });
}

void FrontierPanel::run() {
    core::FrontierOptions options;
    options.samples = m_samples->value();
    options.draws = m_draws->value();
    options.seed = m_document->scenario().seed;
    options.weights = m_document->scenario().weights;
    options.marked = {m_document->policy(0), m_document->policy(1)};
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
    m_plot->clearGraphs();
    QVector<QPointF> frontier;
    for (const core::Candidate &c : r.frontier)
        frontier << position(c.objectives, r.statusQuo);
    addPoints(m_plot, frontier,
              tr("Frontier (%1 of %2 policies)").arg(r.frontier.size()).arg(r.evaluated),
              QColor(120, 120, 120), QCPScatterStyle::ssDisc, 4);
    addPoints(m_plot, {QPointF(0, 0)}, tr("Status quo"), Qt::black, // the plot stays white in both themes
              QCPScatterStyle::ssDiamond, 11);
    for (int p = 0; p < int(r.marked.size()) && p < 2; ++p)
        addPoints(m_plot, {position(r.marked[p], r.statusQuo)},
                  m_document->scenario().policies[p].name, policyColor(p),
                  QCPScatterStyle::ssSquare, 11);
    if (r.bestUnderBudget.found)
        addPoints(m_plot, {position(r.bestUnderBudget.candidate.objectives, r.statusQuo)},
                  tr("Least bad within today's budget"), QColor(0x00, 0x9E, 0x73),
                  QCPScatterStyle::ssStar, 16);
    m_plot->rescaleAxes();
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        const QCPRange range = axis->range();
        axis->setRange(range.lower - 0.06 * range.size(), range.upper + 0.06 * range.size());
    }
    m_plot->replot();
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
