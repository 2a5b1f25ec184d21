// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/regionspanel.h"

#include "app/scenariodocument.h"

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

namespace {

constexpr int kDraws = 200;

// A diverging scale from Okabe-Ito vermillion (losses) through white to blue (gains).
QColor divergingColor(double value, double extent) {
    const double t = extent > 0 ? std::clamp(value / extent, -1.0, 1.0) : 0;
    const QColor end = t >= 0 ? QColor(0x00, 0x72, 0xB2) : QColor(0xD5, 0x5E, 0x00);
    const double a = std::abs(t);
    return QColor(int(255 + (end.red() - 255) * a), int(255 + (end.green() - 255) * a),
                  int(255 + (end.blue() - 255) * a));
}

QString money(double v) {
    const QLocale locale;
    if (std::abs(v) >= 1e9)
        return QStringLiteral("$") + locale.toString(v / 1e9, 'f', 2) + QObject::tr(" bn");
    if (std::abs(v) >= 1e6)
        return QStringLiteral("$") + locale.toString(v / 1e6, 'f', 1) + QObject::tr(" M");
    return QStringLiteral("$") + locale.toString(v, 'f', 0);
}

} // namespace

const std::vector<Tile> &stateTiles() {
    static const std::vector<Tile> tiles = {
        {"AK", 0, 0}, {"ME", 0, 10}, {"VT", 1, 9},  {"NH", 1, 10}, {"WA", 2, 0}, {"ID", 2, 1},
        {"MT", 2, 2}, {"ND", 2, 3},  {"MN", 2, 4},  {"IL", 2, 5},  {"WI", 2, 6}, {"MI", 2, 7},
        {"NY", 2, 8}, {"RI", 2, 9},  {"MA", 2, 10}, {"OR", 3, 0},  {"NV", 3, 1}, {"WY", 3, 2},
        {"SD", 3, 3}, {"IA", 3, 4},  {"IN", 3, 5},  {"OH", 3, 6},  {"PA", 3, 7}, {"NJ", 3, 8},
        {"CT", 3, 9}, {"CA", 4, 0},  {"UT", 4, 1},  {"CO", 4, 2},  {"NE", 4, 3}, {"MO", 4, 4},
        {"KY", 4, 5}, {"WV", 4, 6},  {"VA", 4, 7},  {"MD", 4, 8},  {"DE", 4, 9}, {"AZ", 5, 1},
        {"NM", 5, 2}, {"KS", 5, 3},  {"AR", 5, 4},  {"TN", 5, 5},  {"NC", 5, 6}, {"SC", 5, 7},
        {"DC", 5, 8}, {"OK", 6, 3},  {"LA", 6, 4},  {"MS", 6, 5},  {"AL", 6, 6}, {"GA", 6, 7},
        {"HI", 7, 0}, {"TX", 7, 3},  {"FL", 7, 8},
    };
    return tiles;
}

RegionsPanel::RegionsPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_job(new JobBar(tr("&Apply policy A to every region"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_map(new QCustomPlot(this)) {
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("Policy A is applied to each region as a change from that region's own status quo "
           "(docs/MODEL.md 10.8), on the same %1 draws, and the regions are ranked by net social "
           "value per resident.")
            .arg(kDraws));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Net value per resident"),
                                        tr("Net value (mean)"), tr("90% interval"), tr("P(> 0)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Regions ranked by net value per resident"));
    m_map->setAccessibleName(tr("US states coloured by net value per resident"));
    m_map->xAxis->setVisible(false);
    m_map->yAxis->setVisible(false);
    m_map->xAxis->setRange(-0.6, 10.6);
    m_map->yAxis->setRange(-0.6, 7.6);
    m_map->yAxis->setRangeReversed(true);
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
    const data::Dataset &dataset = m_document->dataset();
    const core::RegionBaseline &from = m_document->region().baseline;
    std::vector<core::RegionPolicy> regions;
    QString error;
    for (const data::RegionRow &row : dataset.content().regions) {
        const std::optional<data::RegionRecord> record = dataset.loadRegion(row.code, error);
        if (record)
            regions.push_back({record->baseline, core::transferPolicy(m_document->policy(0), from,
                                                                      record->baseline)});
    }
    const core::MoralWeights weights = m_document->scenario().weights;
    const std::uint64_t seed = m_document->scenario().seed;
    auto pending = std::make_shared<core::RegionsResult>();
    m_pending = pending;
    m_job->start([pending, regions = std::move(regions), weights,
                  seed](const std::atomic<bool> *cancel, const core::ProgressFn &progress) {
        *pending = core::rankRegions(regions, core::ParameterDraws::generate(kDraws, seed), weights,
                                     0, cancel, progress);
        return pending->complete;
    });
}

void RegionsPanel::showResult() {
    const core::RegionsResult &r = *m_result;
    m_table->setRowCount(int(r.ranking.size()));
    double extent = 0;
    for (const core::RegionRanking &region : r.ranking)
        extent = std::max(extent, std::abs(region.netValuePerResident));
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
    m_map->clearItems();
    for (const Tile &tile : stateTiles()) {
        const auto it =
            std::find_if(r.ranking.begin(), r.ranking.end(),
                         [&](const core::RegionRanking &x) { return x.code == tile.code; });
        auto *rect = new QCPItemRect(m_map);
        rect->topLeft->setCoords(tile.column - 0.46, tile.row - 0.46);
        rect->bottomRight->setCoords(tile.column + 0.46, tile.row + 0.46);
        rect->setPen(QPen(QColor(90, 90, 90)));
        rect->setBrush(it != r.ranking.end() ? divergingColor(it->netValuePerResident, extent)
                                             : QColor(220, 220, 220));
        auto *label = new QCPItemText(m_map);
        label->position->setCoords(tile.column, tile.row);
        label->setText(it != r.ranking.end()
                           ? QStringLiteral("%1\n%2").arg(QLatin1String(tile.code),
                                                          money(it->netValuePerResident))
                           : QLatin1String(tile.code));
        label->setFont(QFont(font().family(), 7));
    }
    m_map->replot();
    m_summary->setText(
        tr("Net social value per resident of policy A in each region (blue: gains; vermillion: "
           "losses; deeper = larger). Regions with many borrowed inputs (see Region) are "
           "less reliable."));
}

} // namespace leastbad::gui
