// SPDX-License-Identifier: GPL-3.0-or-later
// The model's per-unit effects for the current region and the policy selected in the
// policy list (the first when the status quo is selected; the same table as `leastbad-cli
// diagnostics`), each beside the published value it can be checked against. Selecting
// another policy computes its effects at once when figures were on show.
#pragma once

#include "app/backgroundjob.h"
#include "core/diagnostics.h"
#include "core/netvalue.h"
#include "core/region.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace leastbad::gui {

class ScenarioDocument;

class DiagnosticsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsPanel)

public:
    explicit DiagnosticsPanel(ScenarioDocument *document, QWidget *parent = nullptr);

    void run();
    void cancel() { m_job->cancel(); }
    const core::Diagnostics *result() const { return m_result.get(); }
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    // The policy selected in the list (-1: the status quo), as RegionsPanel.
    void setSelectedPolicy(int index);
    // The scenario's policy whose effects the panel computes.
    int describedPolicy() const;

signals:
    void finished(bool completed);

private:
    // What the figures depend on: they are shown only while these are the document's.
    struct Inputs {
        core::RegionBaseline region;
        core::Policy policy;
        core::MoralWeights weights;
        std::uint64_t seed = 0;
        bool operator==(const Inputs &) const = default;
    };
    Inputs currentInputs() const;
    void showResult();
    void showSummary(); // the line above the figures: region, policy, draws
    void showIntroduction();
    // After a change to the document or the selection: figures for other inputs go.
    void checkCurrent();

    ScenarioDocument *m_document;
    JobBar *m_job;
    std::shared_ptr<core::Diagnostics> m_pending;
    std::unique_ptr<core::Diagnostics> m_result;
    Inputs m_resultInputs, m_pendingInputs;
    int m_selected = 0; // in the policy list: -1 the status quo
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace leastbad::gui
