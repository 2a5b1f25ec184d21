// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/analysischarts.h"

#include "analysis/chartseries.h"
#include "analysis/coretexts.h"
#include "analysis/numbertext.h"
#include "charts/palette.h"

#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace leastbad::charts {

namespace {

// A readable scale for an axis: money in billions, large counts in thousands or millions.
struct AxisScale {
    double factor = 1;
    QString suffix;
};

AxisScale scaleFor(double magnitude, bool money) {
    if (money)
        return magnitude >= 5e11 ? AxisScale{1e-12, QObject::tr("trillion USD 2024")}
                                 : AxisScale{1e-9, QObject::tr("billion USD 2024")};
    if (magnitude >= 5e6)
        return {1e-6, QObject::tr("millions")};
    if (magnitude >= 5e3)
        return {1e-3, QObject::tr("thousands")};
    return {1, {}};
}

// An axis label with its units on a second line: "Net value (billion USD)" fits a small chart.
QString unitsBelow(QString label) {
    const qsizetype open = label.lastIndexOf(QStringLiteral(" ("));
    if (open > 0)
        label.replace(open, 1, QLatin1Char('\n'));
    return label;
}

// "+1.2 M", "−340": a change with its sign.
QString signedNumber(double v, QString (*format)(double)) {
    return v > 0 ? QStringLiteral("+") + format(v)
                 : format(v).replace(QLatin1Char('-'), QChar(0x2212));
}

QCPGraph *addLine(QCustomPlot *plot, const analysis::Series &s, const QString &name,
                  const QColor &color, Qt::PenStyle style) {
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(color, 2.5, style));
    g->setData(s.x, s.y, true);
    return g;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : AnalysisChart(tr("Over time"), parent) {
    m_plot->xAxis->setLabel(tr("Years from today"));
}

void TimeSeriesChart::showSnapshot(const AnalysisSnapshot &s,
                                   const analysis::ChartContext &context) {
    const core::OutputSpec &spec = core::outputSpec(s.timeSeriesOutput);
    double magnitude = std::abs(s.startValue);
    for (const auto &policy : s.yearly)
        for (const core::Quantiles &q : policy)
            magnitude = std::max({magnitude, std::abs(q.p95), std::abs(q.p5)});
    const std::optional<analysis::ObservedHistory> observed =
        analysis::observedHistory(context, s.timeSeriesOutput);
    if (observed)
        for (double v : observed->series.y)
            magnitude = std::max(magnitude, std::abs(v));
    const bool money = spec.unit.find("USD") != std::string_view::npos;
    const AxisScale scale = scaleFor(magnitude, money);
    m_plot->yAxis->setLabel(scale.suffix.isEmpty() || money
                                ? (money ? scale.suffix : analysis::outputUnit(spec))
                                : analysis::outputUnit(spec) + QStringLiteral(" (") + scale.suffix +
                                      QLatin1Char(')'));
    m_plot->clearGraphs();
    // Bands first so the lines draw over them.
    for (std::size_t p = 1; p < s.yearly.size(); ++p) {
        const analysis::BandSeries band =
            analysis::bandSeries(s.yearly[p], s.startValue, scale.factor);
        const QColor color = policyColor(int(p) - 1);
        QCPGraph *low = addLine(m_plot, band.low, QString(), withAlpha(color, 0), Qt::SolidLine);
        QCPGraph *high = addLine(m_plot, band.high,
                                 tr("%1: 90% interval").arg(context.policyNames.value(int(p))),
                                 withAlpha(color, 0), Qt::SolidLine);
        high->setBrush(withAlpha(color, 50));
        high->setChannelFillGraph(low);
        low->removeFromLegend();
    }
    if (!s.yearly.empty())
        addLine(m_plot, analysis::bandSeries(s.yearly[0], s.startValue, scale.factor).mean,
                context.policyNames.value(0), statusQuoColor(palette()), Qt::DashLine);
    for (std::size_t p = 1; p < s.yearly.size(); ++p)
        addLine(m_plot, analysis::bandSeries(s.yearly[p], s.startValue, scale.factor).mean,
                tr("%1: mean").arg(context.policyNames.value(int(p))), policyColor(int(p) - 1),
                Qt::SolidLine);
    // The region's published history before the projection, as a series of its own.
    if (const std::optional<analysis::ObservedHistory> h =
            analysis::observedHistory(context, s.timeSeriesOutput, scale.factor)) {
        QCPGraph *g = addLine(m_plot, h->series,
                              tr("Observed, %1–%2 (published)").arg(h->firstYear).arg(h->lastYear),
                              observedColor(), Qt::SolidLine);
        g->setPen(QPen(observedColor(), 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
        m_plot->xAxis->setLabel(tr("Years from %1").arg(h->startYear));
    } else {
        m_plot->xAxis->setLabel(tr("Years from today"));
    }
    m_plot->rescaleAxes();
    const QCPRange y = m_plot->yAxis->range();
    const bool allPositive = y.lower >= 0;
    // A value axis from zero unless values go negative: a cut axis exaggerates change.
    m_plot->yAxis->setRange(allPositive ? 0 : y.lower - 0.05 * y.size(),
                            y.upper + 0.08 * std::max(y.size(), std::abs(y.upper)));
    // The subtitle: each policy's change against the status quo in the last year. A fall
    // in crime reads as crimes averted.
    const auto format = money ? analysis::money : analysis::number;
    const std::string_view key = spec.key;
    const bool crimes = key.starts_with("crimes_") || key == "homicides" || key == "victimizations";
    const int lastYear = s.yearly.empty() ? 0 : int(s.yearly[0].size());
    QStringList parts;
    for (std::size_t p = 1; p < s.finalYearChange.size(); ++p) {
        const core::Quantiles &c = s.finalYearChange[p];
        const QString name = context.policyNames.value(int(p));
        if (crimes && c.mean < 0)
            parts << tr("%1 averts about %2 a year (90% interval %3 to %4)")
                         .arg(name, format(-c.mean), format(-c.p95), format(-c.p5));
        else
            parts << tr("%1 changes it by %2 (90% interval %3 to %4)")
                         .arg(name, signedNumber(c.mean, format), signedNumber(c.p5, format),
                              signedNumber(c.p95, format));
    }
    setTexts(analysis::outputLabel(spec),
             tr("In year %1, against the status quo's %2: %3.")
                 .arg(lastYear)
                 .arg(s.yearly.empty() || s.yearly[0].empty() ? QString()
                                                              : format(s.yearly[0].back().mean),
                      parts.join(QStringLiteral("; "))));
    setFooter(context.footer);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

LedgerChart::LedgerChart(QWidget *parent)
    : AnalysisChart(tr("Who gains, who pays"), parent) {
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
}

void LedgerChart::showSnapshot(const AnalysisSnapshot &s, const analysis::ChartContext &context) {
    m_plot->clearPlottables();
    const QStringList ledgers = {tr("Taxpayers"), tr("Victims"),
                                 tr("Incarcerated people\nand families"), tr("Total")};
    auto values = [](const core::PolicyVerdict &v) {
        return std::array<core::Quantiles, 4>{v.taxpayers, v.victims, v.incarceratedAndFamilies,
                                              v.netValue};
    };
    double magnitude = 0;
    for (std::size_t p = 1; p < s.verdicts.size(); ++p)
        for (const core::Quantiles &q : values(s.verdicts[p]))
            magnitude = std::max({magnitude, std::abs(q.p5), std::abs(q.p95)});
    const AxisScale scale = scaleFor(magnitude, true);
    const int policies = int(s.verdicts.size()) - 1;
    const double width = 0.8 / std::max(1, policies);
    for (int p = 0; p < policies; ++p) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(context.policyNames.value(p + 1));
        bars->setWidth(width);
        bars->setPen(Qt::NoPen);
        bars->setBrush(policyColor(p));
        auto *errors = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
        errors->removeFromLegend();
        errors->setDataPlottable(bars);
        errors->setPen(QPen(QColor(60, 60, 60), 1.2));
        QVector<double> keys, means, minus, plus;
        const auto qs = values(s.verdicts[p + 1]);
        for (int l = 0; l < 4; ++l) {
            keys << l + 1 + (p - (policies - 1) / 2.0) * width;
            means << qs[l].mean * scale.factor;
            minus << (qs[l].mean - qs[l].p5) * scale.factor;
            plus << (qs[l].p95 - qs[l].mean) * scale.factor;
        }
        bars->setData(keys, means, true);
        errors->setData(minus, plus);
    }
    auto *ticker = static_cast<QCPAxisTickerText *>(m_plot->xAxis->ticker().data());
    ticker->clear();
    for (int l = 0; l < 4; ++l)
        ticker->addTick(l + 1, ledgers[l]);
    m_plot->xAxis->setRange(0.4, 4.6);
    m_plot->yAxis->setLabel(
        unitsBelow(tr("Net value vs status quo (%1, discounted)").arg(scale.suffix)));
    m_plot->rescaleAxes(true);
    m_plot->yAxis->rescale(true);
    const QCPRange y = m_plot->yAxis->range();
    m_plot->yAxis->setRange(std::min(0.0, y.lower * 1.15), std::max(0.0, y.upper * 1.15));
    m_plot->xAxis->setRange(0.4, 4.6);
    QStringList parts;
    for (int p = 0; p < policies; ++p)
        parts << tr("%1: net social value %2, P(net benefit > 0) %3")
                     .arg(context.policyNames.value(p + 1),
                          analysis::withInterval(s.verdicts[p + 1].netValue, analysis::money),
                          analysis::percent(s.verdicts[p + 1].probabilityPositive));
    setTexts(tr("Who gains, who pays (mean, 90% interval)"),
             parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
    setFooter(context.footer);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

NetValueChart::NetValueChart(QWidget *parent)
    : AnalysisChart(tr("Net value"), parent) {
    m_plot->yAxis->setLabel(tr("Share of draws (%)"));
}

void NetValueChart::showSnapshot(const AnalysisSnapshot &s, const analysis::ChartContext &context) {
    m_plot->clearGraphs();
    m_plot->clearItems();
    double low = 0, high = 0;
    for (std::size_t p = 1; p < s.netValueDraws.size(); ++p) {
        const core::Quantiles q = s.verdicts[p].netValue;
        low = std::min(low, q.p5 - 0.3 * (q.p95 - q.p5));
        high = std::max(high, q.p95 + 0.3 * (q.p95 - q.p5));
    }
    const AxisScale scale = scaleFor(std::max(std::abs(low), std::abs(high)), true);
    m_plot->xAxis->setLabel(unitsBelow(
        tr("Net social value against the status quo (%1, discounted)").arg(scale.suffix)));
    // The side where the policy beats the status quo.
    auto *shade = new QCPItemRect(m_plot);
    shade->setLayer(QStringLiteral("background"));
    shade->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
    shade->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    shade->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    shade->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    shade->topLeft->setCoords(0, 0);
    shade->bottomRight->setCoords(high * scale.factor * 2 + 1, 1);
    shade->setPen(Qt::NoPen);
    shade->setBrush(QColor(0x00, 0x9E, 0x73, 35)); // Okabe-Ito bluish green
    for (std::size_t p = 1; p < s.netValueDraws.size(); ++p) {
        const core::Quantiles &q = s.verdicts[p].netValue;
        if (q.p5 == 0 && q.p95 == 0)
            continue; // the status quo itself: nothing to draw
        const analysis::Histogram h = analysis::histogram(s.netValueDraws[p], low, high, 40, 1);
        QVector<double> x, y;
        for (int i = 0; i < h.centres.size(); ++i) {
            x << h.centres[i] * scale.factor;
            y << 100 * h.shares[i];
        }
        QCPGraph *g = m_plot->addGraph();
        QString name = tr("%1: P(net benefit > 0) = %2")
                           .arg(context.policyNames.value(int(p)))
                           .arg(analysis::percent(s.verdicts[p].probabilityPositive));
        // The tails beyond the axis, said rather than piled into the end bins.
        if (h.belowShare > 0 || h.aboveShare > 0)
            name += tr(" (off the chart: %1 of draws below, %2 above)")
                        .arg(analysis::percent(h.belowShare), analysis::percent(h.aboveShare));
        g->setName(name);
        g->setLineStyle(QCPGraph::lsStepCenter);
        const QColor color = policyColor(int(p) - 1);
        g->setPen(QPen(color, 2));
        g->setBrush(withAlpha(color, 60));
        g->setData(x, y, true);
    }
    m_plot->rescaleAxes();
    m_plot->xAxis->setRange(low * scale.factor, high * scale.factor);
    m_plot->yAxis->setRangeLower(0);
    m_plot->yAxis->setRangeUpper(m_plot->yAxis->range().upper * 1.25);
    QStringList parts;
    for (std::size_t p = 1; p < s.verdicts.size(); ++p)
        parts << tr("%1 has a net benefit in %2 of draws")
                     .arg(context.policyNames.value(int(p)),
                          analysis::percent(s.verdicts[p].probabilityPositive));
    if (s.verdicts.size() >= 3)
        parts << tr("%1 beats %2 in %3")
                     .arg(context.policyNames.value(1), context.policyNames.value(2),
                          analysis::percent(s.aVersusB.firstBetter));
    setTexts(tr("Net social value over %1 draws").arg(QLocale().toString(s.draws)),
             parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
    setFooter(context.footer);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

TornadoChart::TornadoChart(QWidget *parent)
    : AnalysisChart(tr("Tornado"), parent) {
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    m_plot->yAxis->setRangeReversed(true);
}

void TornadoChart::showSnapshot(const AnalysisSnapshot &s, const analysis::ChartContext &context) {
    m_plot->clearPlottables();
    m_plot->clearItems();
    setFooter(context.footer);
    if (!s.tornado) {
        setTexts(tr("Tornado: computing…"), QString());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const core::Tornado &t = *s.tornado;
    const int n = std::min<int>(m_barLimit, int(t.bars.size()));
    double magnitude = std::abs(t.central);
    for (int i = 0; i < n; ++i)
        magnitude = std::max({magnitude, std::abs(t.bars[i].atLow), std::abs(t.bars[i].atHigh)});
    const AxisScale scale = scaleFor(magnitude, true);
    // Bars start at the central net value and reach to each end.
    auto *low = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    auto *high = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    low->setName(tr("parameter at its 5th percentile"));
    high->setName(tr("parameter at its 95th percentile"));
    low->setBrush(QColor(0x56, 0xB4, 0xE9));  // Okabe-Ito sky blue
    high->setBrush(QColor(0xE6, 0x9F, 0x00)); // Okabe-Ito orange
    for (QCPBars *b : {low, high}) {
        b->setPen(Qt::NoPen);
        b->setWidth(0.38);
        b->setBaseValue(t.central * scale.factor);
    }
    auto *ticker = static_cast<QCPAxisTickerText *>(m_plot->yAxis->ticker().data());
    ticker->clear();
    QVector<double> keysLow, keysHigh, valuesLow, valuesHigh;
    for (int i = 0; i < n; ++i) {
        const core::TornadoBar &bar = t.bars[i];
        ticker->addTick(i + 1, analysis::parameterShortLabel(*bar.parameter));
        keysLow << i + 1 - 0.2;
        keysHigh << i + 1 + 0.2;
        valuesLow << (bar.atLow - t.central) * scale.factor;
        valuesHigh << (bar.atHigh - t.central) * scale.factor;
    }
    low->setData(keysLow, valuesLow, true);
    high->setData(keysHigh, valuesHigh, true);
    m_plot->yAxis->setRange(0.3, n + 0.7);
    m_plot->xAxis->setLabel(
        unitsBelow(tr("Net value against the status quo (%1)").arg(scale.suffix)));
    m_plot->xAxis->rescale();
    double lo = t.central * scale.factor, hi = lo;
    for (int i = 0; i < n; ++i) {
        lo = std::min({lo, t.bars[i].atLow * scale.factor, t.bars[i].atHigh * scale.factor});
        hi = std::max({hi, t.bars[i].atLow * scale.factor, t.bars[i].atHigh * scale.factor});
    }
    const double pad = 0.08 * std::max(hi - lo, 1e-9);
    m_plot->xAxis->setRange(lo - pad, hi + pad);
    auto *centre = new QCPItemStraightLine(m_plot);
    centre->point1->setCoords(t.central * scale.factor, 0);
    centre->point2->setCoords(t.central * scale.factor, 1);
    centre->setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
    QString subtitle;
    if (n > 0) {
        const core::TornadoBar &top = t.bars.front();
        subtitle = tr("%1 moves it most: %2 with it at its 5th percentile, %3 at its 95th; "
                      "every other parameter at its central value.")
                       .arg(analysis::parameterShortLabel(*top.parameter),
                            analysis::money(top.atLow), analysis::money(top.atHigh));
    }
    setTexts(tr("What drives the net value of %1 (central: %2)")
                 .arg(context.policyNames.value(s.tornadoPolicy))
                 .arg(QLocale().toString(t.central * scale.factor, 'f', 1) + QLatin1Char(' ') +
                      scale.suffix),
             subtitle);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace leastbad::charts
