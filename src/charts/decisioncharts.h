// SPDX-License-Identifier: GPL-3.0-or-later
// The decision panel's charts: why a policy wins (its net value split by mechanism, as a
// waterfall), which option is best and how sure (P(best) with its Monte Carlo error, and
// the acceptability curve), and what would change the answer (the value of information by
// group of parameters). Each hover shows the bar's or point's numbers in words.
#pragma once

#include "analysis/decisionviews.h"
#include "charts/chartwidget.h"

#include <QStringList>

namespace leastbad::charts {

// The colour of option `option` (0 the status quo, then the policies) in `palette`.
QColor optionColor(int option, const QPalette &palette);

// A chart whose hover text is written when it is drawn (the "tip" property of each
// plottable), so it reads "Incapacitation: $1.2 bn", not the raw coordinates.
class DecisionChart : public ChartWidget {
    Q_OBJECT
public:
    using ChartWidget::ChartWidget;
    QString tooltipAt(const QPointF &position) const override;
    // An empty chart that says why (before a run, or out of date).
    void clear();
};

class WaterfallChart final : public DecisionChart {
    Q_OBJECT
public:
    explicit WaterfallChart(QWidget *parent = nullptr);
    // `policy` is the policy's index in the scenario's list (for its colour).
    void showDecomposition(const analysis::PolicyDecomposition &decomposition,
                           const QString &policyName, int policy, const QString &footer);
};

class ProbabilityBestChart final : public DecisionChart {
    Q_OBJECT
public:
    explicit ProbabilityBestChart(QWidget *parent = nullptr);
    void showDecision(const core::DecisionSummary &decision, const QStringList &optionNames,
                      const QString &footer);
};

class AcceptabilityChart final : public DecisionChart {
    Q_OBJECT
public:
    explicit AcceptabilityChart(QWidget *parent = nullptr);
    void showCurve(const std::vector<core::AcceptabilityPoint> &curve,
                   const QStringList &optionNames, double currentValue, const QString &footer);
};

class InformationChart final : public DecisionChart {
    Q_OBJECT
public:
    explicit InformationChart(QWidget *parent = nullptr);
    void showInformation(const core::ValueOfInformation &information, const QString &footer);
};

} // namespace leastbad::charts
