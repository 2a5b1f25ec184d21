// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/decisioncharts.h"

#include "analysis/numbertext.h"
#include "charts/palette.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace leastbad::charts {

namespace {

// Okabe & Ito bluish green and orange: a mechanism that raises or lowers the net value
// (apart from the policies' own blue and vermillion, which colour the total).
QColor gainColor() {
    return QColor(0x00, 0x9E, 0x73);
}
QColor lossColor() {
    return QColor(0xE6, 0x9F, 0x00);
}

// Billions or millions of dollars for an axis, from the largest value it shows.
struct MoneyScale {
    double factor;
    QString unit;
};
MoneyScale moneyScale(double largest) {
    if (largest >= 1e9)
        return {1e9, DecisionChart::tr("billion USD 2024")};
    if (largest >= 1e6)
        return {1e6, DecisionChart::tr("million USD 2024")};
    return {1e3, DecisionChart::tr("thousand USD 2024")};
}

// A tick label on lines of about `width` characters, so long names fit under a bar.
QString wrapWords(const QString &text, int width = 14) {
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line = word;
        } else {
            line = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        }
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

QSharedPointer<QCPAxisTickerText> textTicker(QCPAxis *axis) {
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    axis->setTicker(ticker);
    return ticker;
}

// A legend entry for a colour: a graph with no data.
void addSwatch(QCustomPlot *plot, const QString &name, const QColor &color) {
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, color, color, 10));
}

QCPBars *addBar(QCPAxis *key, QCPAxis *value, double at, double height, const QColor &color,
                const QString &tip) {
    auto *bars = new QCPBars(key, value);
    bars->setWidth(0.6);
    bars->setPen(QPen(color.darker(130)));
    bars->setBrush(color);
    bars->addData(at, height);
    bars->setName(tip.section(QLatin1Char('\n'), 0, 0));
    bars->setProperty("tip", tip);
    bars->removeFromLegend();
    return bars;
}

void startDrawing(QCustomPlot *plot) {
    plot->clearPlottables();
    plot->clearItems();
}

} // namespace

QColor optionColor(int option, const QPalette &palette) {
    return option == 0 ? statusQuoColor(palette) : policyColor(option - 1);
}

QString DecisionChart::tooltipAt(const QPointF &position) const {
    QCPAbstractPlottable *plottable = m_plot->plottableAt(position, false);
    return plottable ? plottable->property("tip").toString() : QString();
}

void DecisionChart::clear() {
    m_plot->clearPlottables();
    m_plot->clearItems();
    setTexts(defaultTitle(), tr("Not computed yet."));
    setFooter({});
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

WaterfallChart::WaterfallChart(QWidget *parent)
    : DecisionChart(tr("Why: the net value by mechanism"), parent) {
    m_plot->setInteractions({});
    setTexts(defaultTitle(), tr("Not computed yet."));
}

void WaterfallChart::showDecomposition(const analysis::PolicyDecomposition &d,
                                       const QString &policyName, int policy,
                                       const QString &footer) {
    startDrawing(m_plot);
    double largest = std::abs(d.total);
    for (const analysis::WaterfallStep &s : d.steps)
        largest = std::max({largest, std::abs(s.runningTotal), std::abs(s.contribution)});
    const MoneyScale scale = moneyScale(largest);
    QSharedPointer<QCPAxisTickerText> ticker = textTicker(m_plot->xAxis);
    double before = 0;
    int x = 0;
    const QColor text = palette().color(QPalette::Text);
    const auto label = [&](double at, double top, double value) {
        auto *item = new QCPItemText(m_plot);
        item->position->setCoords(at, top);
        item->setPositionAlignment(value >= 0 ? Qt::AlignBottom | Qt::AlignHCenter
                                              : Qt::AlignTop | Qt::AlignHCenter);
        item->setText(analysis::money(value));
        item->setColor(text);
        item->setFont(fontOf(fonts().tickLabel));
    };
    for (const analysis::WaterfallStep &s : d.steps) {
        const QString name = analysis::mechanismLabel(s.mechanism);
        QCPBars *bar = addBar(
            m_plot->xAxis, m_plot->yAxis, x, s.contribution / scale.factor,
            s.contribution >= 0 ? gainColor() : lossColor(),
            tr("%1\nAdds %2 to the net value; running total %3.")
                .arg(name, analysis::money(s.contribution), analysis::money(s.runningTotal)));
        bar->setBaseValue(before / scale.factor);
        // The amount sits above a rise and below a fall.
        const double edge = s.contribution >= 0 ? std::max(before, s.runningTotal)
                                                : std::min(before, s.runningTotal);
        label(x, edge / scale.factor, s.contribution);
        ticker->addTick(x, wrapWords(name));
        before = s.runningTotal;
        ++x;
    }
    addBar(m_plot->xAxis, m_plot->yAxis, x, d.total / scale.factor, policyColor(policy),
           tr("%1: net value %2").arg(policyName, analysis::money(d.total)));
    label(x, d.total / scale.factor, d.total);
    ticker->addTick(x, tr("Total"));
    addSwatch(m_plot, tr("Raises the net value"), gainColor());
    addSwatch(m_plot, tr("Lowers the net value"), lossColor());
    addSwatch(m_plot, tr("Total: %1").arg(policyName), policyColor(policy));
    m_plot->xAxis->setRange(-0.6, x + 0.6);
    m_plot->yAxis->rescale();
    const QCPRange range = m_plot->yAxis->range();
    const double pad = range.size() > 0 ? 0.15 * range.size() : 1;
    m_plot->yAxis->setRange(std::min(0.0, range.lower - pad), std::max(0.0, range.upper + pad));
    m_plot->yAxis->setLabel(
        tr("Net social value against the status quo\n(%1, discounted)").arg(scale.unit));
    m_plot->xAxis->setLabel(tr("Mechanism, switched on one at a time"));
    setTexts(tr("Why %1 has its net value").arg(policyName),
             tr("Each bar is what one mechanism adds, with those before it already on; the last "
                "bar is the total, %1 (the mean over the draws).")
                 .arg(analysis::money(d.total)));
    setFooter(footer);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

ProbabilityBestChart::ProbabilityBestChart(QWidget *parent)
    : DecisionChart(tr("Which option is best, and how sure"), parent) {
    m_plot->setInteractions({});
    setTexts(defaultTitle(), tr("Not computed yet."));
}

void ProbabilityBestChart::showDecision(const core::DecisionSummary &d, const QStringList &names,
                                        const QString &footer) {
    startDrawing(m_plot);
    QSharedPointer<QCPAxisTickerText> ticker = textTicker(m_plot->xAxis);
    for (int o = 0; o < int(d.probabilityBest.size()); ++o) {
        const double p = d.probabilityBest[std::size_t(o)];
        const double error = d.probabilityBestError[std::size_t(o)];
        QCPBars *bar =
            addBar(m_plot->xAxis, m_plot->yAxis, o, 100 * p, optionColor(o, palette()),
                   tr("%1\nP(best) %2 ± %3 (Monte Carlo standard error)\nExpected net value %4; "
                      "expected loss if chosen %5")
                       .arg(names.value(o), analysis::percent(p, 1), analysis::percent(error, 1),
                            analysis::money(d.expectedNetValue[std::size_t(o)]),
                            analysis::money(d.expectedLoss[std::size_t(o)])));
        auto *errors = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
        errors->setDataPlottable(bar);
        errors->setData(QVector<double>{100 * 1.96 * error});
        errors->setPen(QPen(palette().color(QPalette::Text), 1.2));
        errors->removeFromLegend();
        ticker->addTick(o, wrapWords(names.value(o)));
    }
    m_plot->xAxis->setRange(-0.6, double(d.probabilityBest.size()) - 0.4);
    m_plot->yAxis->setRange(0, 105);
    m_plot->yAxis->setLabel(tr("Probability of being the best option (%)"));
    m_plot->xAxis->setLabel(tr("Option"));
    const int best = d.bestOption;
    setTexts(tr("Which option is best, and how sure"),
             tr("The share of the draws in which each option has the highest net value; error "
                "bars ±1.96 Monte Carlo standard errors. Highest expected net value: %1, best in "
                "%2 of the draws.")
                 .arg(names.value(best), analysis::percent(d.probabilityBest[std::size_t(best)])));
    setFooter(footer);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

AcceptabilityChart::AcceptabilityChart(QWidget *parent)
    : DecisionChart(tr("P(best) as the value of a wellbeing-year varies"), parent) {
    setTexts(defaultTitle(), tr("Not computed yet."));
}

void AcceptabilityChart::showCurve(const std::vector<core::AcceptabilityPoint> &curve,
                                   const QStringList &names, double currentValue,
                                   const QString &footer) {
    startDrawing(m_plot);
    const int options = curve.empty() ? 0 : int(curve.front().probabilityBest.size());
    for (int o = 0; o < options; ++o) {
        QCPGraph *g = m_plot->addGraph();
        g->setName(names.value(o));
        const QColor color = optionColor(o, palette());
        g->setPen(QPen(color, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 6));
        QStringList tips;
        for (const core::AcceptabilityPoint &point : curve) {
            g->addData(point.dollarsPerWellbeingYear / 1e3,
                       100 * point.probabilityBest[std::size_t(o)]);
            tips << tr("%1 per wellbeing-year: %2")
                        .arg(analysis::money(point.dollarsPerWellbeingYear),
                             analysis::percent(point.probabilityBest[std::size_t(o)]));
        }
        g->setProperty("tip",
                       QString(names.value(o) + QLatin1Char('\n') + tips.join(QLatin1Char('\n'))));
    }
    auto *now = new QCPItemStraightLine(m_plot);
    now->point1->setCoords(currentValue / 1e3, 0);
    now->point2->setCoords(currentValue / 1e3, 1);
    now->setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
    auto *nowLabel = new QCPItemText(m_plot);
    nowLabel->position->setCoords(currentValue / 1e3, 102);
    nowLabel->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
    nowLabel->setText(tr(" your value, %1").arg(analysis::money(currentValue)));
    nowLabel->setColor(palette().color(QPalette::Text));
    nowLabel->setFont(fontOf(fonts().tickLabel));
    m_plot->xAxis->setLabel(tr("Value of a wellbeing-year (thousand USD 2024)"));
    m_plot->yAxis->setLabel(tr("Probability of being the best option (%)"));
    m_plot->xAxis->rescale();
    const QCPRange x = m_plot->xAxis->range();
    m_plot->xAxis->setRange(x.lower - 0.03 * x.size(), x.upper + 0.03 * x.size());
    m_plot->yAxis->setRange(-3, 112);
    setTexts(tr("P(best) as the value of a wellbeing-year varies"),
             tr("Every other weight as you set it; the dashed line is your value."));
    setFooter(footer);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

InformationChart::InformationChart(QWidget *parent)
    : DecisionChart(tr("What would change the answer"), parent) {
    m_plot->setInteractions({});
    setTexts(defaultTitle(), tr("Not computed yet."));
}

void InformationChart::showInformation(const core::ValueOfInformation &info,
                                       const QString &footer) {
    startDrawing(m_plot);
    double largest = info.evpi.value;
    for (const core::InformationValue &g : info.groups)
        largest = std::max(largest, g.evppi.value);
    const MoneyScale scale = moneyScale(largest);
    QSharedPointer<QCPAxisTickerText> ticker = textTicker(m_plot->yAxis);
    // Largest at the top: the groups are sorted largest first.
    const int n = int(info.groups.size());
    for (int i = 0; i < n; ++i) {
        const core::InformationValue &g = info.groups[std::size_t(i)];
        const double at = n - 1 - i;
        const QString name = analysis::parameterGroupLabel(g);
        QCPBars *bar = addBar(
            m_plot->yAxis, m_plot->xAxis, at, g.evppi.value / scale.factor, policyColor(0),
            tr("%1\nEVPPI %2 ± %3 (jackknife standard error), %4 of the EVPI")
                .arg(name, analysis::money(g.evppi.value), analysis::money(g.evppi.standardError),
                     analysis::percent(g.shareOfEvpi)));
        auto *errors = new QCPErrorBars(m_plot->yAxis, m_plot->xAxis);
        errors->setDataPlottable(bar);
        errors->setData(QVector<double>{g.evppi.standardError / scale.factor});
        errors->setPen(QPen(palette().color(QPalette::Text), 1.2));
        errors->removeFromLegend();
        ticker->addTick(at, name);
    }
    m_plot->yAxis->setRange(-0.6, n - 0.4);
    m_plot->xAxis->setRange(0, std::max(1e-9, 1.15 * largest / scale.factor));
    m_plot->xAxis->setLabel(
        tr("Expected value of partial perfect information (%1, discounted)").arg(scale.unit));
    m_plot->yAxis->setLabel(tr("Group of parameters"));
    setTexts(tr("What would change the answer: the value of information"),
             tr("What knowing each group of parameters exactly would be worth before deciding. "
                "Knowing everything (EVPI): %1 ± %2. Bars ± one jackknife standard error.")
                 .arg(analysis::money(info.evpi.value), analysis::money(info.evpi.standardError)));
    setFooter(footer);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace leastbad::charts
