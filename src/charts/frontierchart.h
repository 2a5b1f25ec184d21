// SPDX-License-Identifier: GPL-3.0-or-later
// The frontier: the policies no other beats, shown on all four of its objectives as a
// scatter-plot matrix (every pair of extra taxpayer cost, victimisations averted,
// wellbeing-years and life-years saved, each against the status quo), with the status quo,
// the scenario's policies and the least bad policy within today's budget marked. Hovering
// a point names its policy (its levers in words and units, its four objectives) and shows
// a pointing hand; one click on a point (or its context menu) asks for it to be added to
// the policy list. A double-click asks once: its first click did.
#pragma once

#include "charts/chartwidget.h"
#include "core/frontier.h"

#include <array>
#include <vector>

class QCPAxisRect;
class QMouseEvent;

namespace leastbad::charts {

// A point the chart draws, in every panel of the matrix.
struct FrontierPoint {
    QString name;
    core::Objectives objectives;
    core::Policy policy;
    bool addable = false; // a sampled policy (not the status quo or a policy already listed)
};

class FrontierChart final : public ChartWidget {
    Q_OBJECT
public:
    static constexpr int kObjectives = 4;
    static constexpr int kPairs = 6;

    explicit FrontierChart(QWidget *parent = nullptr);
    // `context.policyNames` [1], [2], ... name the marked policies.
    void showFrontier(const core::FrontierResult &result, const analysis::ChartContext &context);
    // Hover lists the levers that differ from this policy (the region's status quo).
    void setStatusQuoPolicy(const core::Policy &policy) { m_statusQuoPolicy = policy; }
    void clear();

    const std::vector<FrontierPoint> &points() const { return m_points; }
    // The point within a few pixels of `position` (nearest first), or -1.
    int pointAt(const QPointF &position) const;
    // The point in words: its name, four objectives and changed levers.
    QString pointText(int index) const;
    QString tooltipAt(const QPointF &position) const override;
    QCPAxisRect *pairRect(int pair) const { return m_rects[std::size_t(pair)]; }
    // Where point `index` is drawn in panel `pair`, in the plot's pixels.
    QPointF pixelOf(int pair, int index) const;

signals:
    // The user asked for point `index` (an addable one) to join the policy list.
    void pointChosen(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleRects();
    QPointF position(int pair, const core::Objectives &o) const;
    // The addable point at `position`, or -1.
    int addableAt(const QPointF &position) const;
    // A left click: pressed and released on the same addable point without dragging.
    void onPress(QMouseEvent *event);
    void onRelease(QMouseEvent *event);
    void onDoubleClick(QMouseEvent *event);

    std::array<QCPAxisRect *, kPairs> m_rects{};
    std::vector<FrontierPoint> m_points;
    core::Objectives m_statusQuo;
    core::Policy m_statusQuoPolicy;
    std::array<double, kObjectives> m_scale{1, 1, 1, 1};
    int m_pressedPoint = -1;       // the addable point under the last left press
    QPointF m_pressedAt;           // where it was pressed
    bool m_releaseIgnored = false; // the release that ends a double-click (it added already)
    // The point the last click chose and when (the event's timestamp), so that the
    // double-click that follows that click does not choose it again.
    int m_clickedPoint = -1;
    quint64 m_clickedAt = 0;
};

} // namespace leastbad::charts
