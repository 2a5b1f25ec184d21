// SPDX-License-Identifier: GPL-3.0-or-later
// The prison population over time for the status quo and, when one is loaded, a
// policy: the first chart of the app, drawn with QCustomPlot.
#pragma once

#include "core/simulation.h"

#include <QWidget>

class QCustomPlot;

namespace leastbad::gui {

class PopulationChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PopulationChart)

public:
    explicit PopulationChart(QWidget *parent = nullptr);

    // Plots the status quo and (if `policy` is non-null) one policy. `start` is the
    // population at year 0.
    void setResults(double start, const core::SimulationResult &statusQuo,
                    const core::SimulationResult *policy, const QString &policyName,
                    const QString &sourceNote);

    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot;
};

} // namespace leastbad::gui
