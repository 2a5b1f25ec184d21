// SPDX-License-Identifier: GPL-3.0-or-later
// Policy A applied to every region of the dataset, ranked by net value per resident, as
// a table and as a tile-grid map of the US states (a grid needs no map geometry).
#pragma once

#include "app/backgroundjob.h"
#include "charts/regionmapchart.h"
#include "core/regions.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace leastbad::gui {

class ScenarioDocument;

class RegionsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionsPanel)

public:
    explicit RegionsPanel(ScenarioDocument *document, QWidget *parent = nullptr);

    void run();
    // Draws the last result again (after a theme change: the status quo takes the text colour).
    void redraw() {
        if (m_result)
            showResult();
    }
    void cancel() { m_job->cancel(); }
    const core::RegionsResult *result() const { return m_result.get(); }
    QTableWidget *table() const { return m_table; }
    charts::RegionMapChart *chart() const { return m_map; }
    QCustomPlot *map() const { return m_map->plot(); }

signals:
    void finished(bool completed);

private:
    void showResult();

    ScenarioDocument *m_document;
    JobBar *m_job;
    std::shared_ptr<core::RegionsResult> m_pending;
    std::unique_ptr<core::RegionsResult> m_result;
    QLabel *m_summary;
    QTableWidget *m_table;
    charts::RegionMapChart *m_map;
};

} // namespace leastbad::gui
