// SPDX-License-Identifier: GPL-3.0-or-later
// The model's per-unit effects for the current region and policy A (the same table as
// `leastbad-cli diagnostics`), each beside the published value it can be checked against.
#pragma once

#include "app/backgroundjob.h"
#include "core/diagnostics.h"

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

signals:
    void finished(bool completed);

private:
    void showResult();

    ScenarioDocument *m_document;
    JobBar *m_job;
    std::shared_ptr<core::Diagnostics> m_pending;
    std::unique_ptr<core::Diagnostics> m_result;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace leastbad::gui
