// SPDX-License-Identifier: GPL-3.0-or-later
// The four charts of an analysis: the chosen output over time, who gains and who pays,
// the distribution of net value, and the tornado. Each writes its own subtitle from the
// numbers it shows.
#pragma once

#include "charts/chartwidget.h"
#include "core/snapshot.h"

namespace leastbad::charts {

using core::AnalysisSnapshot;

// Draws an analysis snapshot (one of the four analysis charts).
class AnalysisChart : public ChartWidget {
    Q_OBJECT
public:
    using ChartWidget::ChartWidget;
    virtual void showSnapshot(const AnalysisSnapshot &snapshot,
                              const analysis::ChartContext &context) = 0;
};

// The chosen output over time: status quo, and A and B with their 90% bands.
class TimeSeriesChart final : public AnalysisChart {
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);
    void showSnapshot(const AnalysisSnapshot &snapshot,
                      const analysis::ChartContext &context) override;
};

// Net social value by ledger (who gains, who pays), with 90% intervals.
class LedgerChart final : public AnalysisChart {
    Q_OBJECT
public:
    explicit LedgerChart(QWidget *parent = nullptr);
    void showSnapshot(const AnalysisSnapshot &snapshot,
                      const analysis::ChartContext &context) override;
};

// The distribution of total net value over the draws, with the side above zero shaded.
class NetValueChart final : public AnalysisChart {
    Q_OBJECT
public:
    explicit NetValueChart(QWidget *parent = nullptr);
    void showSnapshot(const AnalysisSnapshot &snapshot,
                      const analysis::ChartContext &context) override;
};

// The tornado of one policy (the snapshot's tornadoPolicy: policy A, or the one selected in
// the app): net value with each uncertain parameter at its 5th and 95th percentile, the
// others central; the largest swings on top.
class TornadoChart final : public AnalysisChart {
    Q_OBJECT
public:
    explicit TornadoChart(QWidget *parent = nullptr);
    void showSnapshot(const AnalysisSnapshot &snapshot,
                      const analysis::ChartContext &context) override;
    static constexpr int kBars = 12;
    // Fewer bars for a small chart (the report's), so their labels do not overlap.
    void setBarLimit(int bars) { m_barLimit = bars; }

private:
    int m_barLimit = kBars;
};

} // namespace leastbad::charts
