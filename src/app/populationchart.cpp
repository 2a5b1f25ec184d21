// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/populationchart.h"

#include "app/chartseries.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace leastbad::gui {

namespace {

// Okabe & Ito (2008) colour-blind-safe palette.
const QColor kStatusQuoColor(0, 0, 0);
const QColor kPolicyColor(0x00, 0x72, 0xB2);

QVector<double> inThousands(const QList<double> &values) {
    QVector<double> out;
    out.reserve(values.size());
    for (double v : values)
        out << v / 1000.0;
    return out;
}

} // namespace

PopulationChart::PopulationChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setAccessibleName(tr("Prison population chart"));
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, tr("Prison population"),
                                                               QFont(font().family(), 13, QFont::Bold)));
    m_plot->xAxis->setLabel(tr("Years from today"));
    m_plot->yAxis->setLabel(tr("People in prison (thousands)"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_plot->plotLayout()->insertRow(2);
    m_plot->plotLayout()->addElement(2, 0, new QCPTextElement(m_plot, QString(), QFont(font().family(), 8)));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
}

void PopulationChart::setResults(double start, const core::SimulationResult &statusQuo,
                                 const core::SimulationResult *policy, const QString &policyName,
                                 const QString &sourceNote) {
    m_plot->clearGraphs();
    auto addLine = [this](const Series &s, const QString &name, const QColor &color, Qt::PenStyle style) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(name);
        graph->setPen(QPen(color, 2.5, style));
        graph->setData(QVector<double>(s.x.begin(), s.x.end()), inThousands(s.y), true);
    };
    addLine(outputSeries(statusQuo, core::Output::PrisonPopulation, start), tr("Status quo"),
            kStatusQuoColor, Qt::DashLine);
    if (policy)
        addLine(outputSeries(*policy, core::Output::PrisonPopulation, start), policyName, kPolicyColor,
                Qt::SolidLine);
    m_plot->rescaleAxes();
    // Start the value axis at zero: a truncated axis exaggerates changes.
    m_plot->yAxis->setRangeLower(0);
    m_plot->yAxis->setRangeUpper(m_plot->yAxis->range().upper * 1.1);
    if (auto *footer = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(2, 0)))
        footer->setText(sourceNote);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace leastbad::gui
