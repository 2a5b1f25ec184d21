// SPDX-License-Identifier: GPL-3.0-or-later
// Policy A applied to every region of the dataset, ranked by net value per resident, as
// a table and as a tile-grid map of the US states (a grid needs no map geometry).
#pragma once

#include "app/backgroundjob.h"
#include "core/regions.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace leastbad::gui {

class ScenarioDocument;

// Grid row and column of each state and DC (the NPR-style tile grid).
struct Tile {
    const char *code;
    int row;
    int column;
};
const std::vector<Tile> &stateTiles();

class RegionsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionsPanel)

public:
    explicit RegionsPanel(ScenarioDocument *document, QWidget *parent = nullptr);

    void run();
    void cancel() { m_job->cancel(); }
    const core::RegionsResult *result() const { return m_result.get(); }
    QTableWidget *table() const { return m_table; }
    QCustomPlot *map() const { return m_map; }

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
    QCustomPlot *m_map;
};

} // namespace leastbad::gui
