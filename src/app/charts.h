// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis charts, each a QCustomPlot with a title, axis labels with units, a
// legend and a footer naming the region, the assumptions and the sources, so a chart
// copied out of the app still says what it shows.
#pragma once

#include "app/analysisrunner.h"

#include <QStringList>
#include <QWidget>

class QCustomPlot;
class QCPTextElement;

namespace leastbad::gui {

// What every chart's footer says.
struct ChartContext {
    QStringList policyNames; // [0] status quo, then A, B
    QString footer;
};

class ChartWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    explicit ChartWidget(const QString &title, QWidget *parent = nullptr);
    QCustomPlot *plot() const { return m_plot; }
    virtual void showSnapshot(const AnalysisSnapshot &snapshot, const ChartContext &context) = 0;

    // Follows the application palette (light or dark, as the system is).
    void applyPalette();
    // The tooltip text for a point under the mouse, or empty.
    QString tooltipAt(const QPointF &position) const;

protected:
    void setTitle(const QString &title);
    void setFooter(const QString &footer);
    void changeEvent(QEvent *event) override;
    QCustomPlot *m_plot;

private:
    QCPTextElement *m_title;
    QCPTextElement *m_footer;
};

// The chosen output over time: status quo, and A and B with their 90% bands.
class TimeSeriesChart final : public ChartWidget {
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);
    void showSnapshot(const AnalysisSnapshot &snapshot, const ChartContext &context) override;
};

// Net social value by ledger (who gains, who pays), with 90% intervals.
class LedgerChart final : public ChartWidget {
    Q_OBJECT
public:
    explicit LedgerChart(QWidget *parent = nullptr);
    void showSnapshot(const AnalysisSnapshot &snapshot, const ChartContext &context) override;
};

// The distribution of total net value over the draws, with the side above zero shaded.
class NetValueChart final : public ChartWidget {
    Q_OBJECT
public:
    explicit NetValueChart(QWidget *parent = nullptr);
    void showSnapshot(const AnalysisSnapshot &snapshot, const ChartContext &context) override;
};

// The tornado for policy A: net value with each uncertain parameter at its 5th and
// 95th percentile, the others central; the largest swings on top.
class TornadoChart final : public ChartWidget {
    Q_OBJECT
public:
    explicit TornadoChart(QWidget *parent = nullptr);
    void showSnapshot(const AnalysisSnapshot &snapshot, const ChartContext &context) override;
    static constexpr int kBars = 12;
};

} // namespace leastbad::gui
