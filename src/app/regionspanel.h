// SPDX-License-Identifier: GPL-3.0-or-later
// The policy selected in the policy list (the first when the status quo is selected)
// applied to every region of the dataset, ranked by net value per resident, as a table and
// as a tile-grid map of the US states (a grid needs no map geometry). Like the Frontier
// tab, it shows the session's answer only while the scenario is the one it answers, and
// "out of date" after a change; selecting another policy ranks that one at once when a
// ranking was on show.
#pragma once

#include "analysis/session.h"
#include "app/backgroundjob.h"
#include "charts/regionmapchart.h"
#include "core/regions.h"
#include "data/dataset.h"

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
    RegionsPanel(ScenarioDocument *document, analysis::Session *session, QWidget *parent = nullptr);

    void run();
    // Draws the last result again (after a theme change: the status quo takes the text colour).
    void redraw() {
        if (result())
            showResult();
    }
    void cancel() { m_job->cancel(); }
    // The policy selected in the list (-1: the status quo); the panel ranks that policy, or
    // the first when it is the status quo or there is no such policy.
    void setSelectedPolicy(int index);
    // The scenario's policy the panel ranks.
    int describedPolicy() const;
    // The ranking for the scenario as it is now (null before a run, after a cancelled run,
    // and once the scenario has changed since).
    const core::RegionsResult *result() const;
    analysis::RegionsRequest currentRequest() const;

    // What the regions request is built from. Building the request loads every region
    // (tens of milliseconds), too slow for each slider step; this key is compared instead.
    struct RequestInputs {
        const data::Dataset *dataset = nullptr;
        QString datasetLabel;
        core::Policy policy;
        core::RegionBaseline from;
        core::MoralWeights weights;
        std::uint64_t seed = 0;
        int year = 0;
        bool operator==(const RequestInputs &) const = default;
    };
    RequestInputs currentInputs() const;
    QTableWidget *table() const { return m_table; }
    charts::RegionMapChart *chart() const { return m_map; }
    QCustomPlot *map() const { return m_map->plot(); }

signals:
    void finished(bool completed);

private:
    void showResult();
    void checkCurrent();
    // The text above the table before a ranking is shown, naming the policy it would rank.
    void showIntroduction();

    ScenarioDocument *m_document;
    analysis::Session *m_session;
    JobBar *m_job;
    std::shared_ptr<std::shared_ptr<const analysis::RegionsAnswer>> m_pending;
    std::shared_ptr<const analysis::RegionsAnswer> m_answer;
    RequestInputs m_answerInputs;  // what m_answer's request was built from
    RequestInputs m_pendingInputs; // the same for the run in progress
    bool m_stale = false;          // the "out of date" text is shown
    int m_selected = 0;            // in the policy list: -1 the status quo
    QString m_shownName;           // of the policy whose ranking is shown
    QLabel *m_summary;
    QTableWidget *m_table;
    charts::RegionMapChart *m_map;
};

} // namespace leastbad::gui
