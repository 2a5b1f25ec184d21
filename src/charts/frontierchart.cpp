// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/frontierchart.h"

#include "analysis/numbertext.h"
#include "charts/palette.h"

#include <QLocale>
#include <qcustomplot.h>

namespace leastbad::charts {

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

FrontierChart::FrontierChart(QWidget *parent)
    : ChartWidget(tr("Frontier"), parent) {
    m_plot->xAxis->setLabel(tr("Extra cost to taxpayers, discounted (billion USD 2024)"));
    m_plot->yAxis->setLabel(tr("Victimisations averted over the horizon (millions)"));
    setTexts(tr("Frontier"), tr("Not computed yet."));
    setFooter({}); // the footer named the scenario of the cleared result
}

void FrontierChart::clear() {
    m_plot->clearGraphs();
    setTexts(tr("Frontier"), tr("Not computed yet."));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void FrontierChart::showFrontier(const core::FrontierResult &r,
                                 const analysis::ChartContext &context) {
    m_plot->clearGraphs();
    QVector<QPointF> frontier;
    for (const core::Candidate &c : r.frontier)
        frontier << position(c.objectives, r.statusQuo);
    addPoints(m_plot, frontier,
              tr("Frontier (%1 of %2 policies)").arg(r.frontier.size()).arg(r.evaluated),
              QColor(120, 120, 120), QCPScatterStyle::ssDisc, 4);
    addPoints(m_plot, {QPointF(0, 0)}, context.policyNames.value(0), statusQuoColor(palette()),
              QCPScatterStyle::ssDiamond, 11);
    for (int p = 0; p < int(r.marked.size()) && p < 2; ++p)
        addPoints(m_plot, {position(r.marked[p], r.statusQuo)}, context.policyNames.value(p + 1),
                  policyColor(p), QCPScatterStyle::ssSquare, 11);
    if (r.bestUnderBudget.found)
        addPoints(m_plot, {position(r.bestUnderBudget.candidate.objectives, r.statusQuo)},
                  tr("Least bad within today's budget"), QColor(0x00, 0x9E, 0x73),
                  QCPScatterStyle::ssStar, 16);
    m_plot->rescaleAxes();
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        const QCPRange range = axis->range();
        axis->setRange(range.lower - 0.06 * range.size(), range.upper + 0.06 * range.size());
    }
    QString subtitle =
        tr("%1 of %2 policies sampled are on the frontier (two of its four objectives are shown).")
            .arg(r.frontier.size())
            .arg(r.evaluated);
    if (r.bestUnderBudget.found)
        subtitle += QLatin1Char(' ') +
                    tr("The least bad within today's budget: net social value %1, P(net "
                       "benefit > 0) %2.")
                        .arg(analysis::withInterval(r.bestUnderBudget.netValue, analysis::money),
                             analysis::percent(r.bestUnderBudget.probabilityPositive));
    setTexts(
        tr("What is possible: the frontier of %1 policies").arg(QLocale().toString(r.evaluated)),
        subtitle);
    setFooter(context.footer);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace leastbad::charts
