// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/regionspanel.h"

#include "app/scenariodocument.h"
#include "charts/chartcontext.h"
#include "charts/exportresults.h"
#include "charts/numbertext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace leastbad::gui {

using charts::money;

RegionsPanel::RegionsPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_job(new JobBar(tr("Apply &policy A to every region"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_map(new charts::RegionMapChart(this)) {
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("Policy A is applied to each region as a change from that region's own status quo "
           "(docs/MODEL.md 10.8), on the same %1 draws, and the regions are ranked by net social "
           "value per resident.")
            .arg(charts::kRegionDraws));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Net value per resident"),
                                        tr("Net value (mean)"), tr("90% interval"), tr("P(> 0)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Regions ranked by net value per resident"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_map);
    splitter->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_job);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_job, &JobBar::runRequested, this, &RegionsPanel::run);
    connect(m_job, &JobBar::finished, this, [this](bool completed) {
        if (completed && m_pending && m_pending->complete) {
            m_result = std::make_unique<core::RegionsResult>(std::move(*m_pending));
            showResult();
        } else {
            m_result.reset();
            m_summary->setText(tr("Cancelled: no ranking is shown."));
        }
        m_pending.reset();
        emit finished(completed);
    });
}

void RegionsPanel::run() {
    std::vector<core::RegionPolicy> regions =
        charts::regionPolicies(m_document->dataset(), m_document->policy(0),
                               m_document->region().baseline, m_document->scenario().year);
    const core::MoralWeights weights = m_document->scenario().weights;
    const std::uint64_t seed = m_document->scenario().seed;
    auto pending = std::make_shared<core::RegionsResult>();
    m_pending = pending;
    m_job->start([pending, regions = std::move(regions), weights,
                  seed](const std::atomic<bool> *cancel, const core::ProgressFn &progress) {
        *pending = charts::rankRegionsFor(regions, weights, seed, cancel, progress);
        return pending->complete;
    });
}

void RegionsPanel::showResult() {
    const core::RegionsResult &r = *m_result;
    m_table->setRowCount(int(r.ranking.size()));
    const QLocale locale;
    for (int i = 0; i < int(r.ranking.size()); ++i) {
        const core::RegionRanking &region = r.ranking[i];
        const QStringList cells = {
            QString::fromStdString(region.name), money(region.netValuePerResident),
            money(region.netValue.mean),
            money(region.netValue.p5) + QStringLiteral(" to ") + money(region.netValue.p95),
            locale.toString(100 * region.probabilityPositive, 'f', 0) + QLatin1Char('%')};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_map->showRegions(r,
                       charts::chartContext(m_document->scenario(), m_document->region(), false));
    m_summary->setText(
        tr("Net social value per resident of policy A in each region (blue: gains; vermillion: "
           "losses; deeper = larger). Regions with many borrowed inputs (see Region) are "
           "less reliable."));
}

} // namespace leastbad::gui
