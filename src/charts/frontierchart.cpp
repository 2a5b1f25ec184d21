// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/frontierchart.h"

#include "analysis/coretexts.h"
#include "analysis/numbertext.h"
#include "charts/palette.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QStyleHints>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace leastbad::charts {

namespace {

// The objectives as gains against the status quo, in the order of the matrix's axes:
// extra taxpayer cost, victimisations averted, wellbeing-years saved, life-years saved.
double gain(int objective, const core::Objectives &o, const core::Objectives &sq) {
    switch (objective) {
    case 0:
        return o.taxpayerCostUsd - sq.taxpayerCostUsd;
    case 1:
        return sq.victimizations - o.victimizations;
    case 2:
        return sq.wellbeingYearsLost - o.wellbeingYearsLost;
    default:
        return sq.lifeYearsLostNet - o.lifeYearsLostNet;
    }
}

// Every pair of the four objectives: x, then y.
constexpr std::array<std::pair<int, int>, FrontierChart::kPairs> kPairAxes = {
    {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}}};

QString objectiveName(int objective) {
    switch (objective) {
    case 0:
        return FrontierChart::tr("Extra cost to taxpayers");
    case 1:
        return FrontierChart::tr("Victimisations averted");
    case 2:
        return FrontierChart::tr("Wellbeing-years saved");
    default:
        return FrontierChart::tr("Life-years saved, net");
    }
}

// The axis label on two lines (six panels share the width), with the unit the scale
// gives: "(billion USD 2024, discounted)", "(thousands)".
QString axisLabel(int objective, double scale) {
    if (objective == 0)
        return FrontierChart::tr("%1\n(%2)")
            .arg(objectiveName(0), scale >= 1e9
                                       ? FrontierChart::tr("billion USD 2024, discounted")
                                       : FrontierChart::tr("million USD 2024, discounted"));
    const QString unit = scale >= 1e6   ? FrontierChart::tr("millions")
                         : scale >= 1e3 ? FrontierChart::tr("thousands")
                                        : FrontierChart::tr("over the horizon");
    return FrontierChart::tr("%1\n(%2)").arg(objectiveName(objective), unit);
}

QString objectiveValue(int objective, double value) {
    return objective == 0 ? analysis::money(value) : analysis::count(value);
}

int decimalsFor(double step) {
    int decimals = 0;
    while (decimals < 4 && std::abs(step * std::pow(10.0, decimals) -
                                    std::round(step * std::pow(10.0, decimals))) > 1e-9)
        ++decimals;
    return decimals;
}

QString leverText(const core::LeverSpec &lever, double value) {
    const QString digits = analysis::displayLocale().toString(value, 'f', decimalsFor(lever.step));
    const QString unit = analysis::leverUnit(lever);
    return unit.isEmpty() ? digits : digits + QLatin1Char(' ') + unit;
}

} // namespace

FrontierChart::FrontierChart(QWidget *parent)
    : ChartWidget(tr("Frontier"), parent) {
    // The plot's one axis rect becomes the first panel of a 2 × 3 grid of panels.
    QCPLayoutGrid *layout = m_plot->plotLayout();
    QCPAxisRect *first = m_plot->axisRect();
    layout->take(first);
    auto *grid = new QCPLayoutGrid;
    layout->addElement(2, 0, grid);
    layout->setRowStretchFactor(2, 1);
    grid->setColumnSpacing(4);
    grid->setRowSpacing(4);
    for (int pair = 0; pair < kPairs; ++pair) {
        QCPAxisRect *rect = pair == 0 ? first : new QCPAxisRect(m_plot);
        grid->addElement(pair / 3, pair % 3, rect);
        m_rects[std::size_t(pair)] = rect;
        rect->setupFullAxesBox(false);
    }
    for (int pair = 0; pair < kPairs; ++pair) {
        m_rects[std::size_t(pair)]
            ->axis(QCPAxis::atBottom)
            ->setLabel(axisLabel(kPairAxes[pair].first, 1e9));
        m_rects[std::size_t(pair)]
            ->axis(QCPAxis::atLeft)
            ->setLabel(axisLabel(kPairAxes[pair].second, 1e6));
    }
    m_plot->setInteractions({}); // six panels: dragging one would mislead
    styleRects();
    setTexts(tr("Frontier"), tr("Not computed yet."));
    setFooter({}); // the footer named the scenario of the cleared result
    connect(m_plot, &QCustomPlot::mousePress, this, &FrontierChart::onPress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &FrontierChart::onRelease);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &FrontierChart::onDoubleClick);
    // A pointing hand over a point that one click adds.
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        if (addableAt(event->position()) >= 0)
            m_plot->setCursor(Qt::PointingHandCursor);
        else
            m_plot->unsetCursor();
    });
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const int index = pointAt(at);
        if (index < 0 || !m_points[std::size_t(index)].addable)
            return;
        QMenu menu(this);
        QAction *add =
            menu.addAction(tr("&Add “%1” to the policies").arg(m_points[std::size_t(index)].name));
        if (menu.exec(m_plot->mapToGlobal(at)) == add)
            emit pointChosen(index);
    });
}

int FrontierChart::addableAt(const QPointF &position) const {
    const int index = pointAt(position);
    return index >= 0 && m_points[std::size_t(index)].addable ? index : -1;
}

void FrontierChart::onPress(QMouseEvent *event) {
    m_releaseIgnored = false;
    m_pressedPoint = event->button() == Qt::LeftButton ? addableAt(event->position()) : -1;
    m_pressedAt = event->position();
}

void FrontierChart::onRelease(QMouseEvent *event) {
    const int pressed = std::exchange(m_pressedPoint, -1);
    if (std::exchange(m_releaseIgnored, false) || event->button() != Qt::LeftButton || pressed < 0)
        return;
    // A drag that ends on the point is not a click on it.
    constexpr double kSlop = 4; // pixels
    const QPointF moved = event->position() - m_pressedAt;
    if (std::hypot(moved.x(), moved.y()) > kSlop || addableAt(event->position()) != pressed)
        return;
    m_clickedPoint = pressed;
    m_clickedAt = event->timestamp();
    emit pointChosen(pressed);
}

void FrontierChart::onDoubleClick(QMouseEvent *event) {
    // The system sends press, release, double-click (for the second press), release: the
    // first click chose the point, so the double-click and its release add nothing more.
    // A double-click on its own (no click just before, on that point) chooses it once.
    m_releaseIgnored = true;
    m_pressedPoint = -1;
    if (event->button() != Qt::LeftButton)
        return;
    const int index = addableAt(event->position());
    const bool clickedJustBefore =
        index == m_clickedPoint &&
        event->timestamp() - m_clickedAt <=
            quint64(QGuiApplication::styleHints()->mouseDoubleClickInterval());
    if (index >= 0 && !clickedJustBefore)
        emit pointChosen(index);
}

void FrontierChart::styleRects() {
    // The first panel's axes follow the palette and fonts (ChartWidget); the others copy them.
    const QCPAxis *model = m_rects[0]->axis(QCPAxis::atBottom);
    for (QCPAxisRect *rect : m_rects) {
        if (!rect)
            continue;
        rect->setMinimumSize(120, 90);
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(model->basePen());
            axis->setTickPen(model->tickPen());
            axis->setSubTickPen(model->subTickPen());
            axis->setTickLabelColor(model->tickLabelColor());
            axis->setLabelColor(model->labelColor());
            axis->grid()->setPen(model->grid()->pen());
            axis->setLabelFont(model->labelFont());
            axis->setTickLabelFont(model->tickLabelFont());
            axis->setLabelPadding(2);
        }
    }
}

void FrontierChart::changeEvent(QEvent *event) {
    ChartWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::FontChange) {
        styleRects();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

QPointF FrontierChart::position(int pair, const core::Objectives &o) const {
    const auto [x, y] = kPairAxes[std::size_t(pair)];
    return {gain(x, o, m_statusQuo) / m_scale[std::size_t(x)],
            gain(y, o, m_statusQuo) / m_scale[std::size_t(y)]};
}

void FrontierChart::clear() {
    m_plot->clearGraphs();
    m_points.clear();
    setTexts(tr("Frontier"), tr("Not computed yet."));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

namespace {

struct Style {
    QColor color;
    QCPScatterStyle::ScatterShape shape;
    double size;
};

} // namespace

void FrontierChart::showFrontier(const core::FrontierResult &r,
                                 const analysis::ChartContext &context) {
    m_plot->clearGraphs();
    m_statusQuo = r.statusQuo;
    m_points.clear();
    std::vector<Style> styles;
    for (std::size_t i = 0; i < r.frontier.size(); ++i) {
        m_points.push_back({tr("Frontier policy %1").arg(i + 1), r.frontier[i].objectives,
                            r.frontier[i].policy, true});
        styles.push_back({QColor(128, 128, 128), QCPScatterStyle::ssDisc, 4});
    }
    for (std::size_t p = 0; p < r.marked.size(); ++p) {
        m_points.push_back({context.policyNames.value(int(p) + 1), r.marked[p], {}, false});
        styles.push_back({policyColor(int(p)), QCPScatterStyle::ssSquare, 10});
    }
    // The status quo over the policies that leave it unchanged (they share its point).
    m_points.push_back({context.policyNames.value(0), r.statusQuo, m_statusQuoPolicy, false});
    styles.push_back({statusQuoColor(palette()), QCPScatterStyle::ssDiamond, 11});
    if (r.bestUnderBudget.found) {
        m_points.push_back({tr("Least bad within today's budget"),
                            r.bestUnderBudget.candidate.objectives,
                            r.bestUnderBudget.candidate.policy, true});
        styles.push_back({observedColor(), QCPScatterStyle::ssStar, 16});
    }
    // Each axis in thousands, millions or billions, from the largest value it shows.
    for (int k = 0; k < kObjectives; ++k) {
        double largest = 0;
        for (const FrontierPoint &p : m_points)
            largest = std::max(largest, std::abs(gain(k, p.objectives, m_statusQuo)));
        m_scale[std::size_t(k)] = k == 0           ? (largest >= 1e9 ? 1e9 : 1e6)
                                  : largest >= 1e6 ? 1e6
                                  : largest >= 1e4 ? 1e3
                                                   : 1;
    }
    const int frontierCount = int(r.frontier.size());
    for (int pair = 0; pair < kPairs; ++pair) {
        QCPAxisRect *rect = m_rects[std::size_t(pair)];
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        QCPAxis *y = rect->axis(QCPAxis::atLeft);
        x->setLabel(axisLabel(kPairAxes[std::size_t(pair)].first,
                              m_scale[std::size_t(kPairAxes[std::size_t(pair)].first)]));
        y->setLabel(axisLabel(kPairAxes[std::size_t(pair)].second,
                              m_scale[std::size_t(kPairAxes[std::size_t(pair)].second)]));
        // The frontier as one graph, then one graph per marked point (each its legend entry).
        std::vector<std::pair<int, int>> groups; // [first, last) of m_points
        if (frontierCount > 0)
            groups.emplace_back(0, frontierCount);
        for (int i = frontierCount; i < int(m_points.size()); ++i)
            groups.emplace_back(i, i + 1);
        for (const auto &[first, last] : groups) {
            QCPGraph *g = m_plot->addGraph(x, y);
            const Style &s = styles[std::size_t(first)];
            g->setName(last - first > 1 || first < frontierCount
                           ? tr("Frontier (%1 of %2 policies)").arg(frontierCount).arg(r.evaluated)
                           : m_points[std::size_t(first)].name);
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(s.shape, s.color, s.color, s.size));
            for (int i = first; i < last; ++i) {
                const QPointF p = position(pair, m_points[std::size_t(i)].objectives);
                g->addData(p.x(), p.y());
            }
            if (pair > 0)
                g->removeFromLegend();
        }
        for (QCPAxis *axis : {x, y}) {
            axis->rescale();
            const QCPRange range = axis->range();
            const double pad = range.size() > 0 ? 0.08 * range.size() : 1;
            axis->setRange(range.lower - pad, range.upper + pad);
        }
    }
    styleRects();
    QString subtitle =
        tr("%1 of %2 policies sampled are on the frontier, shown on every pair of its four "
           "objectives, each against the status quo.")
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

QPointF FrontierChart::pixelOf(int pair, int index) const {
    const QPointF p = position(pair, m_points[std::size_t(index)].objectives);
    const QCPAxisRect *rect = m_rects[std::size_t(pair)];
    return {rect->axis(QCPAxis::atBottom)->coordToPixel(p.x()),
            rect->axis(QCPAxis::atLeft)->coordToPixel(p.y())};
}

int FrontierChart::pointAt(const QPointF &at) const {
    QCPAxisRect *rect = m_plot->axisRectAt(at);
    const auto it = std::find(m_rects.begin(), m_rects.end(), rect);
    if (!rect || it == m_rects.end())
        return -1;
    const int pair = int(it - m_rects.begin());
    constexpr double kReach = 8; // pixels
    int best = -1;
    double bestDistance = kReach;
    // Marked points are drawn over the frontier: the last one under the mouse wins ties.
    for (int i = 0; i < int(m_points.size()); ++i) {
        const QPointF pixel = pixelOf(pair, i);
        const double distance = std::hypot(pixel.x() - at.x(), pixel.y() - at.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

QString FrontierChart::pointText(int index) const {
    if (index < 0 || index >= int(m_points.size()))
        return {};
    const FrontierPoint &p = m_points[std::size_t(index)];
    QStringList lines{p.name};
    for (int k = 0; k < kObjectives; ++k)
        lines << tr("%1: %2").arg(objectiveName(k),
                                  objectiveValue(k, gain(k, p.objectives, m_statusQuo)));
    lines << tr("Expected net value under your weights: %1")
                 .arg(analysis::money(p.objectives.netValueMean));
    if (!p.addable)
        return lines.join(QLatin1Char('\n'));
    QStringList changed;
    for (const core::LeverSpec &lever : core::leverSpecs()) {
        const double value = core::leverValue(p.policy, lever);
        const double before = core::leverValue(m_statusQuoPolicy, lever);
        if (std::abs(value - before) > 1e-9 * std::max(1.0, std::abs(before)))
            changed << tr("  %1: %2 (status quo %3)")
                           .arg(analysis::leverLabel(lever), leverText(lever, value),
                                leverText(lever, before));
    }
    lines << (changed.isEmpty() ? tr("Levers: as the status quo")
                                : tr("Levers changed from the status quo:"));
    lines << changed;
    lines << tr("Click to add it to your policies.");
    return lines.join(QLatin1Char('\n'));
}

QString FrontierChart::tooltipAt(const QPointF &position) const {
    return pointText(pointAt(position));
}

} // namespace leastbad::charts
